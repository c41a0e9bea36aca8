package org.civicgrid.open311.internal;

/**
 * The Open311 endpoints that need an API key, each with the message a caller without one reads: posting service
 * requests, and FixMyStreet's service request updates (read and posted).
 */
public enum KeyedEndpoint {

	REQUESTS("open311.api-key.missing"), UPDATES("open311.api-key.missing-updates");

	final String missingKeyMessage;

	KeyedEndpoint(String missingKeyMessage) {
		this.missingKeyMessage = missingKeyMessage;
	}
}

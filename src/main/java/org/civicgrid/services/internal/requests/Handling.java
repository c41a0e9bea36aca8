package org.civicgrid.services.internal.requests;

/** The ways of handling a request the seeds name: on the spot (立即办), by a promised date (承诺办), forwarded up (报送办). */
public enum Handling {
	IMMEDIATE, PROMISED, FORWARDED
}

package org.civicgrid.shared.web;

import java.util.List;

/**
 * Paths a module lets anyone read (GET) without signing in, such as the service catalog a resident opens from a
 * QR code: page paths and API paths as Spring path patterns. The security configuration permits them; a signed-in
 * caller still arrives as themselves. Only what is public by nature belongs here: no personal data, no cases.
 */
public interface PublicReads {

	/** Page path patterns anyone may GET. */
	List<String> pages();

	/** API path patterns anyone may GET. */
	List<String> api();
}

package org.civicgrid.open311;

import java.util.List;

import org.civicgrid.shared.Caller;

/**
 * The API keys other systems post Open311 requests with. Only admins manage them (403 {@code forbidden}
 * otherwise); a key is shown once, when issued, and only its SHA-256 is stored.
 */
public interface Open311Keys {

	/** A new key for the system named by {@code label} (422 naming {@code label} when blank or too long). */
	IssuedKey issue(Caller caller, String label);

	/** Every key, newest first, revoked ones included. */
	List<ApiKeyView> list(Caller caller);

	/** Revokes a key for good (404 when unknown; revoking twice keeps the first revocation). */
	ApiKeyView revoke(Caller caller, long id);
}

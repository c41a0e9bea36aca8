package org.civicgrid.identity.internal;

import java.time.Instant;

import org.civicgrid.identity.AccountView;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.Role;

/** An account row as the identity module keeps it. */
record StoredAccount(long id, String username, String displayName, String passwordHash, Role role,
		String regionCode, boolean enabled, int failedAttempts, Instant lockedUntil, Instant createdAt) {

	boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	Caller caller() {
		return new Caller(id, username, displayName, role, regionCode);
	}

	AccountView view() {
		return new AccountView(id, username, displayName, role, regionCode, enabled, lockedUntil, createdAt);
	}
}

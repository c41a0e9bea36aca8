package org.civicgrid.identity;

import java.time.Instant;

import org.civicgrid.shared.Role;

/** An account as staff see it: never the password hash. */
public record AccountView(long id, String username, String displayName, Role role, String regionCode,
		boolean enabled, Instant lockedUntil, Instant createdAt) {
}

package org.civicgrid.messaging.internal;

import java.time.Instant;

/** Someone who joined a channel by its code (a resident, a unit, a shop), and where their joining stands. */
public record Member(long channelId, long accountId, String username, String displayName, String role, String kind,
		String state, Long personId, Long organisationId, String note, Instant askedAt, Instant decidedAt,
		String decidedBy, Instant mutedUntil) {

	public boolean active() {
		return "ACTIVE".equals(state);
	}

	public boolean mutedAt(Instant now) {
		return mutedUntil != null && mutedUntil.isAfter(now);
	}
}

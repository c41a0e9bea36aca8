package org.civicgrid.services.internal.halls;

import java.time.Duration;

/**
 * How long a waiting resident will wait: the tickets before them times the median time a ticket of the item took
 * today from its call to served at the hall (ten minutes until one was served), shared by the counters serving the
 * item, rounded up to whole minutes.
 */
public record WaitEstimate(Duration perTicket, int counters) {

	static final Duration UNTIL_SERVED = Duration.ofMinutes(10);

	public WaitEstimate {
		perTicket = perTicket == null || perTicket.isZero() || perTicket.isNegative() ? UNTIL_SERVED : perTicket;
		counters = Math.max(1, counters);
	}

	public int minutes(int ahead) {
		long seconds = perTicket.toSeconds() * ahead;
		long per = 60L * counters;
		return (int) ((seconds + per - 1) / per);
	}
}

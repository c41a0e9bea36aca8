package org.civicgrid.services.internal.requests;

import java.time.Instant;

/**
 * One step of a request: who did what when, the status it left, and for a hand-over from whom to whom (and the unit:
 * the counter or department) with the reason in {@code note}.
 */
public record RequestStep(long id, Instant at, String actor, String action, RequestStatus status, String note,
		String handedFrom, String handedTo, String handedUnit) {

	public boolean handOver() {
		return handedTo != null;
	}
}

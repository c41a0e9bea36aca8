package org.civicgrid.open311.internal;

import java.util.EnumSet;
import java.util.Set;

import org.civicgrid.casework.CaseStatus;
import org.civicgrid.casework.PublicStep;

/**
 * How the closed loop's statuses read in Open311: GeoReport v2 knows only {@code open} and {@code closed}; a case
 * is closed once its {@link PublicStep} is an end (completed, not accepted, merged: the same steps the reporter's
 * own page ends with), open in every other status, deferred included. FixMyStreet's extended states give the finer
 * picture in updates.
 */
final class StatusMapping {

	static final Set<CaseStatus> CLOSED = closed();
	static final Set<CaseStatus> OPEN = EnumSet.complementOf(EnumSet.copyOf(CLOSED));

	private StatusMapping() {
	}

	static String open311(CaseStatus status) {
		return CLOSED.contains(status) ? "closed" : "open";
	}

	private static Set<CaseStatus> closed() {
		Set<CaseStatus> closed = EnumSet.noneOf(CaseStatus.class);
		for (CaseStatus status : CaseStatus.values()) {
			if (PublicStep.of(status).isEnd()) {
				closed.add(status);
			}
		}
		return closed;
	}

	/** FixMyStreet's extended state (wiki "Open311 FMS Additional states"). */
	static String fixMyStreet(CaseStatus status) {
		return switch (status) {
			case REPORTED -> "open";
			case VERIFIED, FILED -> "investigating";
			case DISPATCHED, IN_PROGRESS, HANDLED -> "in_progress";
			case DEFERRED -> "action_scheduled";
			case CLOSED -> "fixed";
			case DISMISSED -> "no_further_action";
			case MERGED -> "duplicate";
		};
	}
}

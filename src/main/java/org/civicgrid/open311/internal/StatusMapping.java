package org.civicgrid.open311.internal;

import java.util.EnumSet;
import java.util.Set;

import org.civicgrid.casework.CaseStatus;

/**
 * How the closed loop's statuses read in Open311: GeoReport v2 knows only {@code open} and {@code closed}; a case
 * is closed once closed (结案), dismissed (注销) or merged into another, open in every other status, deferred
 * included. FixMyStreet's extended states give the finer picture in updates.
 */
final class StatusMapping {

	static final Set<CaseStatus> CLOSED = EnumSet.of(CaseStatus.CLOSED, CaseStatus.DISMISSED, CaseStatus.MERGED);
	static final Set<CaseStatus> OPEN = EnumSet.complementOf(EnumSet.copyOf(CLOSED));

	private StatusMapping() {
	}

	static String open311(CaseStatus status) {
		return CLOSED.contains(status) ? "closed" : "open";
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

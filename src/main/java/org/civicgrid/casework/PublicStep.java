package org.civicgrid.casework;

/**
 * Where a case stands as its reporter and the public read it: 受理 → 处理中 → 已办结, or 不予受理, or 已合并. The
 * closed loop's statuses folded into steps a resident understands, without the stages inside the office (核实,
 * 派遣, 反馈待核查). The resident's case page, the reporter's messages and Open311's open/closed read this one
 * mapping, so they never tell a resident different things. The steps are declared in the order a case moves
 * through them, its other ends after completion: a later step is a step forward.
 */
public enum PublicStep {

	/** Reported, not yet taken up (已上报, 已核实): a verified report may still be dismissed. */
	SUBMITTED,
	/** Taken up as a case (立案, 受理). */
	ACCEPTED,
	/** Someone is on it: dispatched, being handled, handled and waiting for the check, or put off (缓办). */
	IN_HANDLING,
	/** Closed (结案, 办结); a spot check may still reopen it. */
	COMPLETED,
	/** Dismissed (注销, 不予受理), with the reason told to the reporter. */
	NOT_ACCEPTED,
	/** A duplicate, followed in the case it was merged into. */
	MERGED;

	public static PublicStep of(CaseStatus status) {
		return switch (status) {
			case REPORTED, VERIFIED -> SUBMITTED;
			case FILED -> ACCEPTED;
			case DISPATCHED, IN_PROGRESS, HANDLED, DEFERRED -> IN_HANDLING;
			case CLOSED -> COMPLETED;
			case DISMISSED -> NOT_ACCEPTED;
			case MERGED -> MERGED;
		};
	}

	/** Nothing more is to come for the public (Open311's {@code closed}): completed, not accepted or merged. */
	public boolean isEnd() {
		return this == COMPLETED || this == NOT_ACCEPTED || this == MERGED;
	}

	/** One of the steps every case passes on its way to completion, as opposed to an end it may take instead. */
	boolean onTheWay() {
		return this == SUBMITTED || this == ACCEPTED || this == IN_HANDLING || this == COMPLETED;
	}
}

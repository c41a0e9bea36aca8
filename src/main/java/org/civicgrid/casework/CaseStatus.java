package org.civicgrid.casework;

/** Where a case stands in the closed loop; {@code DISMISSED} and {@code MERGED} are final. */
public enum CaseStatus {

	/** Found and recorded (信息收集), not yet checked. */
	REPORTED,
	/** Confirmed on site (核实). */
	VERIFIED,
	/** Accepted as a case (立案), waiting to be dispatched. */
	FILED,
	/** Not a case (注销): a false report, outside the catalog, already fixed. */
	DISMISSED,
	/** Sent to whoever must act (派遣); the handling clock runs. */
	DISPATCHED,
	/** The assignee has accepted and is handling it (处置). */
	IN_PROGRESS,
	/** The assignee reported back (反馈), waiting for the on-site check (核查). */
	HANDLED,
	/** Closed (结案); it may still be rated and spot-checked. */
	CLOSED,
	/** Put off until conditions allow (缓办). */
	DEFERRED,
	/** A duplicate, merged into a surviving case. */
	MERGED;

	public boolean isFinal() {
		return this == DISMISSED || this == MERGED;
	}

	/** Still in the loop: neither closed nor final. Only such a case has a colour (三色) and can be overdue. */
	public boolean isOpen() {
		return this != CLOSED && !isFinal();
	}

	/** A fresh report that must be answered within the service promise's respond limit, not yet handled. */
	public boolean awaitsResponse() {
		return this == REPORTED;
	}
}

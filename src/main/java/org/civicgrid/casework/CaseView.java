package org.civicgrid.casework;

import java.time.Instant;
import java.util.List;

/**
 * A case as lists and boards show it. {@code deadline} is the one its colour runs against (三色管理): a fresh
 * report's answer time, then the handling deadline from dispatch (kept after the report back); {@code colour} is
 * worked out from it when read, for open cases only, by the one rule boards, filters and badges share. Both are
 * absent while no stage runs (verified, filed) and the colour once the case is closed. {@code allowedActions} are
 * the wire names the caller may use now.
 */
public record CaseView(long id, String number, CaseStatus status, String categoryCode, String categoryName,
		String gridCode, Colour colour, Instant deadline, List<String> allowedActions, AssigneeLevel assigneeLevel,
		String assigneeUnit, String assigneeUser, String description, String address, Double lat, Double lng,
		Channel channel, String reporter, int reworkCount, int extensionCount, Integer rating, Long mergedInto,
		Instant createdAt, Instant updatedAt) {

	/** When the case is expected to be handled: its deadline, unless that is still a fresh report's answer time. */
	public Instant expectedHandled() {
		return status.awaitsResponse() ? null : deadline;
	}

	/** Where the case stands as its reporter reads it. */
	public PublicStep publicStep() {
		return PublicStep.of(status);
	}

	/** Whether the case waits for whoever this view was made for: open, with an action left to them. */
	public boolean waitsForAction() {
		return status.isOpen() && !allowedActions.isEmpty();
	}
}

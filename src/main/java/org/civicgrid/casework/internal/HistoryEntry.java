package org.civicgrid.casework.internal;

import java.time.Instant;
import java.util.List;

import org.civicgrid.casework.CaseAction;
import org.civicgrid.casework.CaseStatus;
import org.civicgrid.shared.Role;

/**
 * One step in a case's trace, never changed once written. The report itself has no action and no {@code from}.
 * {@code note} is for the office; {@code reply} is what the step tells the reporter (see {@link CaseFile}), absent
 * on most steps.
 */
record HistoryEntry(String who, Role role, Instant at, CaseAction action, CaseStatus from, CaseStatus to,
		String note, String reply, List<String> photos) {

	HistoryEntry {
		photos = photos == null ? List.of() : List.copyOf(photos);
	}

	static HistoryEntry report(Actor by, Instant at, String description, List<String> photos) {
		return new HistoryEntry(by.username(), by.role(), at, null, null, CaseStatus.REPORTED, description, null,
				photos);
	}

	boolean changedStatus() {
		return from != to;
	}
}

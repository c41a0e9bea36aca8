package org.civicgrid.casework;

import java.time.Instant;
import java.util.List;

import org.civicgrid.shared.Role;

/** One step of a case's trace; the report itself has no {@code action} and no {@code from}. */
public record HistoryView(int seq, Instant at, String actor, Role role, String action, CaseStatus from,
		CaseStatus to, String note, List<String> photos) {
}

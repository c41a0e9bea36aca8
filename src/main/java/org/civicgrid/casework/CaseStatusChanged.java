package org.civicgrid.casework;

import java.time.Instant;

/** Any change of status, for boards and timelines that follow every step. */
public record CaseStatusChanged(CaseId id, String gridCode, CaseAction action, CaseStatus from, CaseStatus to,
		Instant at) {
}

package org.civicgrid.casework.internal;

import java.time.Instant;
import java.util.List;

import org.civicgrid.casework.Assignee;
import org.civicgrid.casework.CaseId;
import org.civicgrid.casework.CaseStatus;
import org.civicgrid.shared.time.TimeLimit;

/** What a stored case row holds of the aggregate, to put a {@link CaseFile} back together. */
record CaseState(CaseId id, String number, String categoryCode, TimeLimit timeLimit, String gridCode,
		String reporter, boolean handledOnTheSpot, CaseStatus status, Assignee assignee, int reworkCount,
		int extensionCount, Rating rating, CaseId mergedInto, Instant clockStarted, Instant clockStopped,
		TimeLimit extensionRequested, List<TimeLimit> extensionsGranted) {
}

package org.civicgrid.casework;

import java.time.Instant;

/** The case's time limit ran out before it was handled (red on the status board). */
public record CaseOverdue(CaseId id, String gridCode, Instant deadline, Instant at) {
}

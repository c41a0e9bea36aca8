package org.civicgrid.casework;

import java.time.Instant;

/** The report was found not to be a case (注销). */
public record CaseDismissed(CaseId id, String gridCode, String reason, Instant at) {
}

package org.civicgrid.casework;

import java.time.Instant;

/**
 * One step of a case's trace as a feed of updates shows it: {@code seq} counts from 1 per case, {@code status} is
 * the status after the step, {@code action} the wire name ({@code null} for the report and for remarks).
 */
public record CaseUpdate(long caseId, int seq, Instant at, String actor, String action, CaseStatus status,
		String note) {
}

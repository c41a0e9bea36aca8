package org.civicgrid.services.internal.requests;

import java.time.Instant;
import java.time.LocalDate;

/** One department an agency matter went through: the day, the department, the outcome and a note. */
public record AgencyStep(long id, LocalDate onDay, String department, String outcome, String note,
		String recordedBy, Instant recordedAt) {
}

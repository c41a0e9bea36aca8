package org.civicgrid.services.internal.halls;

import java.time.LocalDate;

/**
 * A staff member's days away from a hall's counters, {@code from} to {@code to} (both included; {@code to} empty:
 * the one day), at most 31 days.
 */
public record AbsenceInput(String username, LocalDate from, LocalDate to, String reason) {
}

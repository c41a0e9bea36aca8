package org.civicgrid.services.internal.halls;

import java.time.Instant;
import java.time.LocalDate;

/** A day a staff member is away from the hall's counters, who recorded it and when. */
public record CounterAbsence(String username, LocalDate day, String reason, String recordedBy, Instant recordedAt) {
}

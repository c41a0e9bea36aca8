package org.civicgrid.services;

import java.time.LocalDate;

/** A day a staff member is away from a hall's counters (leave, training): their counters' B covers. */
public record HallAbsence(String hallCode, String username, LocalDate day, String reason) {
}

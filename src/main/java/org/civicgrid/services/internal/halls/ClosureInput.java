package org.civicgrid.services.internal.halls;

import java.time.LocalDate;

/** A day to close a hall (闭厅) and why. */
public record ClosureInput(LocalDate date, String reason) {
}

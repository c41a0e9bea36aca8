package org.civicgrid.services.internal.halls;

import java.time.LocalDate;

/** A day a hall is closed (闭厅) and why. */
public record HallClosure(LocalDate date, String reason) {
}

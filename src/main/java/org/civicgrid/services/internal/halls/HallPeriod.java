package org.civicgrid.services.internal.halls;

import java.time.LocalTime;

/** An opening period of a day, from {@code opens} to {@code closes}. */
public record HallPeriod(LocalTime opens, LocalTime closes) {
}

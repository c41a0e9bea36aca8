package org.civicgrid.messaging.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.civicgrid.shared.InvalidInputException;

/** The days a figure covers, {@code [from, to)} as instants: the last 30 days up to today unless given. */
record ReportPeriod(Instant from, Instant to) {

	/** @throws InvalidInputException (400) naming {@code to} when it lies before {@code from} */
	static ReportPeriod of(LocalDate from, LocalDate to, ZoneId zone, Clock clock) {
		if (from != null && to != null && to.isBefore(from)) {
			throw InvalidInputException.of("to", "messaging.forward.period-backwards");
		}
		LocalDate last = to != null ? to : LocalDate.now(clock.withZone(zone));
		LocalDate first = from != null ? from : last.minusDays(29);
		return new ReportPeriod(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
	}
}

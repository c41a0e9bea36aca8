package org.civicgrid.open311.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The span a list covers, from {@code start_date} and {@code end_date} with GeoReport v2's default of 90 days when
 * one or both are missing (no dates: the last 90 days; one date: 90 days from or up to it).
 */
record DateSpan(Instant start, Instant end) {

	static final Duration DEFAULT = Duration.ofDays(90);

	static DateSpan of(Params params, Clock clock) {
		Instant start = params.instant("start_date");
		Instant end = params.instant("end_date");
		if (start == null && end == null) {
			end = clock.instant();
		}
		if (start == null) {
			start = end.minus(DEFAULT);
		}
		if (end == null) {
			end = start.plus(DEFAULT);
		}
		if (start.isAfter(end)) {
			throw Params.bad("end_date", "open311.param.end-before-start");
		}
		return new DateSpan(start, end);
	}
}

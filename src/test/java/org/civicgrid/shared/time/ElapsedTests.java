package org.civicgrid.shared.time;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.shared.time.Calendars.CHINA;
import static org.civicgrid.shared.time.Calendars.beijing;
import static org.civicgrid.shared.time.TimeUnitKind.NATURAL;
import static org.civicgrid.shared.time.TimeUnitKind.WORKING;

class ElapsedTests {

	@ParameterizedTest(name = "{0} to {1}: {2}")
	@CsvSource({
			"2026-03-09T09:00, 2026-03-09T11:00, PT2H",
			"2026-03-09T12:10, 2026-03-09T13:50, PT0S", // the lunch break is not working time
			"2026-03-09T07:00, 2026-03-09T20:00, PT7H30M", // one whole working day
			"2026-03-13T17:00, 2026-03-16T09:30, PT2H", // Friday evening to Monday morning
			"2026-02-13T17:00, 2026-02-24T09:00, PT9H", // Friday, the make-up Saturday, Spring Festival
			"2026-03-01T00:00, 2026-04-01T00:00, PT165H" }) // March 2026: 22 working days of 7.5 hours
	void workingTimeIsTheTimeInsideOfficeHoursOnWorkingDays(String start, String end, Duration working) {
		assertThat(CHINA.elapsed(beijing(start), beijing(end), WORKING)).isEqualTo(working);
	}

	@Test
	void naturalTimeIsAllOfIt() {
		assertThat(CHINA.elapsed(beijing("2026-02-13T17:00"), beijing("2026-02-24T09:00"), NATURAL))
			.isEqualTo(Duration.ofDays(10).plusHours(16));
	}

	@Test
	void elapsedTimeIsNegativeWhenTheEndComesFirst() {
		assertThat(CHINA.elapsed(beijing("2026-03-16T09:30"), beijing("2026-03-13T17:00"), WORKING))
			.isEqualTo(Duration.ofHours(-2));
		assertThat(CHINA.elapsed(beijing("2026-03-09T10:00"), beijing("2026-03-09T10:00"), WORKING)).isZero();
	}
}

package org.civicgrid.shared.time;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.shared.time.Calendars.CHINA;
import static org.civicgrid.shared.time.Calendars.beijing;
import static org.civicgrid.shared.time.Calendars.limit;

/** Deadlines in an ordinary week: Monday 2026-03-09 to Friday 2026-03-13, weekends on either side. */
class DeadlineTests {

	@ParameterizedTest(name = "{0} + {1} = {2}")
	@CsvSource({
			"2026-03-09T09:00, 2wh, 2026-03-09T11:00", // inside the morning
			"2026-03-09T09:00, 3wh, 2026-03-09T12:00", // uses the morning up: its end, not the afternoon's start
			"2026-03-09T11:00, 2wh, 2026-03-09T15:00", // over the lunch break
			"2026-03-09T12:30, 1wh, 2026-03-09T15:00", // filed in the lunch break: counts from 14:00
			"2026-03-09T07:00, 1wh, 2026-03-09T09:30", // filed before opening: counts from 08:30
			"2026-03-09T19:00, 1wh, 2026-03-10T09:30", // filed after closing: counts from the next morning
			"2026-03-07T10:00, 1wh, 2026-03-09T09:30", // filed on Saturday: counts from Monday
			"2026-03-13T17:00, 4wh, 2026-03-16T11:30", // Friday evening over the weekend
			"2026-03-09T08:30, 8wh, 2026-03-10T09:00", // a working day holds 7.5 working hours
			"2026-03-09T08:30, 15wh, 2026-03-10T18:00" })
	void workingHoursCountOnlyOfficeHoursOnWorkingDays(String start, String limit, String due) {
		assertThat(CHINA.deadline(beijing(start), limit(limit))).isEqualTo(beijing(due));
	}

	@ParameterizedTest(name = "{0} + {1} = {2}")
	@CsvSource({
			"2026-03-09T10:00, 1wd, 2026-03-10T18:00", // filed on a working day: counts from the next one
			"2026-03-09T07:00, 1wd, 2026-03-10T18:00", // even before opening, the filing day never counts
			"2026-03-09T23:00, 1wd, 2026-03-10T18:00",
			"2026-03-13T17:00, 1wd, 2026-03-16T18:00", // Friday: due Monday at closing
			"2026-03-07T10:00, 1wd, 2026-03-09T18:00", // Saturday: Monday is the first working day after it
			"2026-03-09T10:00, 5wd, 2026-03-16T18:00",
			"2026-02-13T10:00, 2wd, 2026-02-24T18:00" }) // the make-up Saturday 02-14, then Spring Festival
	void workingDaysEndAtClosingOnTheNthWorkingDayAfterTheFilingDay(String start, String limit, String due) {
		assertThat(CHINA.deadline(beijing(start), limit(limit))).isEqualTo(beijing(due));
	}

	@ParameterizedTest(name = "{0} + {1} = {2}")
	@CsvSource({
			"2026-03-07T10:00, 15m, 2026-03-07T10:15",
			"2026-03-07T10:00, 24h, 2026-03-08T10:00",
			"2026-02-13T10:00, 7d, 2026-02-20T10:00" }) // Spring Festival does not stop a natural clock
	void naturalUnitsRunThroughNightsWeekendsAndHolidays(String start, String limit, String due) {
		assertThat(CHINA.deadline(beijing(start), limit(limit))).isEqualTo(beijing(due));
	}

	@Test
	void officeHoursCanHaveAnyNumberOfPeriodsAndWorkingDaysEndAtTheLastOne() {
		WorkingTimeCalendar evening = new WorkingTimeCalendar(
				CalendarSettings.defaults().withOfficeHours("08:00-12:00", "13:00-17:00", "19:00-21:00"));

		assertThat(evening.deadline(beijing("2026-03-09T16:00"), limit("3wh"))).isEqualTo(beijing("2026-03-09T21:00"));
		assertThat(evening.deadline(beijing("2026-03-09T16:00"), limit("4wh"))).isEqualTo(beijing("2026-03-10T09:00"));
		assertThat(evening.deadline(beijing("2026-03-09T16:00"), limit("1wd"))).isEqualTo(beijing("2026-03-10T21:00"));
	}

	@Test
	void officeHoursAreReadInTheConfiguredZone() {
		ZoneId urumqi = ZoneId.of("Asia/Urumqi");
		WorkingTimeCalendar xinjiang = new WorkingTimeCalendar(new CalendarSettings(urumqi, null, null));
		ZonedDateTime filed = ZonedDateTime.parse("2026-03-09T17:00+06:00[Asia/Urumqi]");

		assertThat(xinjiang.zone()).isEqualTo(urumqi);
		assertThat(xinjiang.deadline(filed.toInstant(), limit("2wh")))
			.isEqualTo(ZonedDateTime.parse("2026-03-10T09:30+06:00[Asia/Urumqi]").toInstant());
	}
}

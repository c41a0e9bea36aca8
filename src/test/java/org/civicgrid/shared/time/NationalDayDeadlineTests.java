package org.civicgrid.shared.time;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.shared.time.Calendars.CHINA;
import static org.civicgrid.shared.time.Calendars.beijing;
import static org.civicgrid.shared.time.Calendars.limit;
import static org.civicgrid.shared.time.ShippedHolidayFiles.workingByTheFile;

/**
 * The example: a case with 4 working hours filed at 17:00 on the last working day before the National Day
 * holiday gets one hour that day and three on the first working day after the holiday (08:30 + 3 h = 11:30).
 * Filing and due days come from the shipped files, read independently of the calendar.
 */
class NationalDayDeadlineTests {

	@ParameterizedTest(name = "National Day {0}")
	@ValueSource(ints = { 2024, 2025, 2026 })
	void fourWorkingHoursFiledAt17BeforeTheHolidayAreDueAt1130OnTheFirstWorkingDayAfterIt(int year) {
		List<LocalDate> offDays = ShippedHolidayFiles.nationalDay(year).stream()
			.filter(ShippedHolidayFiles.Day::offDay).map(ShippedHolidayFiles.Day::date).sorted().toList();
		LocalDate filed = offDays.get(0).minusDays(1);
		while (!workingByTheFile(filed)) {
			filed = filed.minusDays(1);
		}
		LocalDate due = offDays.get(offDays.size() - 1).plusDays(1);
		while (!workingByTheFile(due)) {
			due = due.plusDays(1);
		}

		assertThat(CHINA.deadline(beijing(filed, "17:00"), limit("4wh"))).isEqualTo(beijing(due, "11:30"));
		assertThat(CHINA.isWorkingDay(filed)).isTrue();
		assertThat(CHINA.isWorkingDay(due)).isTrue();
		assertThat(filed.plusDays(1).datesUntil(due)).noneMatch(CHINA::isWorkingDay);
	}

	@ParameterizedTest(name = "National Day {0}")
	@ValueSource(ints = { 2024, 2025, 2026 })
	void theMakeUpWeekendDaysAroundTheHolidayAreWorkingDays(int year) {
		List<LocalDate> makeUpDays = ShippedHolidayFiles.nationalDay(year).stream()
			.filter(day -> !day.offDay()).map(ShippedHolidayFiles.Day::date).toList();

		assertThat(makeUpDays).isNotEmpty().allSatisfy(day -> {
			assertThat(day.getDayOfWeek().getValue()).as("%s is a weekend day", day).isGreaterThanOrEqualTo(6);
			assertThat(CHINA.isWorkingDay(day)).as("%s is a make-up working day", day).isTrue();
		});
	}

	@ParameterizedTest(name = "National Day {0}")
	@ValueSource(ints = { 2024, 2025, 2026 })
	void aCaseFiledAt17OnTheWorkingDayBeforeAMakeUpDayIsDueThatMakeUpDayAt1130(int year) {
		List<LocalDate> makeUpDays = ShippedHolidayFiles.nationalDay(year).stream()
			.filter(day -> !day.offDay()).map(ShippedHolidayFiles.Day::date).toList();

		assertThat(makeUpDays).allSatisfy(makeUpDay -> {
			LocalDate before = CHINA.addWorkingDays(makeUpDay, -1);
			assertThat(CHINA.deadline(beijing(before, "17:00"), limit("4wh"))).isEqualTo(beijing(makeUpDay, "11:30"));
		});
	}
}

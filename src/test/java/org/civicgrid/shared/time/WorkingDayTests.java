package org.civicgrid.shared.time;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.shared.time.Calendars.CHINA;
import static org.civicgrid.shared.time.Calendars.beijing;
import static org.civicgrid.shared.time.Calendars.limit;

@ExtendWith(OutputCaptureExtension.class)
class WorkingDayTests {

	@Test
	void theMakeUpSaturdaysOfSpringFestival2026AreWorkingDays() {
		assertThat(LocalDate.parse("2026-02-14").getDayOfWeek().getValue()).isEqualTo(6);
		assertThat(CHINA.isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue();
		assertThat(CHINA.isWorkingDay(LocalDate.parse("2026-02-28"))).isTrue();
	}

	@Test
	void springFestival2026IsOffFromTheFifteenthToTheTwentyThird() {
		assertThat(LocalDate.parse("2026-02-15").datesUntil(LocalDate.parse("2026-02-24"))).noneMatch(CHINA::isWorkingDay);
		assertThat(CHINA.isWorkingDay(LocalDate.parse("2026-02-24"))).isTrue();
	}

	@Test
	void ordinaryWeekendsAreOffAndOrdinaryWeekdaysAreWorkingDays() {
		assertThat(CHINA.isWorkingDay(LocalDate.parse("2026-03-07"))).isFalse();
		assertThat(CHINA.isWorkingDay(LocalDate.parse("2026-03-08"))).isFalse();
		assertThat(LocalDate.parse("2026-03-09").datesUntil(LocalDate.parse("2026-03-14"))).allMatch(CHINA::isWorkingDay);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(ints = { 2020, 2021, 2022, 2023, 2024, 2025, 2026 })
	void everyDayOfAShippedFileIsAsTheFileSays(int year) {
		assertThat(ShippedHolidayFiles.days(year)).isNotEmpty().allSatisfy(day ->
			assertThat(CHINA.isWorkingDay(day.date())).as("%s %s", day.name(), day.date()).isEqualTo(!day.offDay()));
	}

	@Test
	void addingWorkingDaysStepsOverSpringFestivalAndOntoItsMakeUpDays() {
		LocalDate friday = LocalDate.parse("2026-02-13");

		assertThat(CHINA.addWorkingDays(friday, 1)).isEqualTo("2026-02-14");
		assertThat(CHINA.addWorkingDays(friday, 2)).isEqualTo("2026-02-24");
		assertThat(CHINA.addWorkingDays(LocalDate.parse("2026-02-24"), -1)).isEqualTo("2026-02-14");
		assertThat(CHINA.addWorkingDays(LocalDate.parse("2026-02-15"), 0)).isEqualTo("2026-02-15");
	}

	@Test
	void aYearWithoutAHolidayFileCountsWeekendsOnlyAndDoesNotFail() {
		assertThat(CHINA.isWorkingDay(LocalDate.parse("2030-10-01"))).as("National Day 2030, unknown").isTrue();
		assertThat(CHINA.isWorkingDay(LocalDate.parse("2030-10-05"))).isFalse();
		assertThat(CHINA.deadline(beijing("2030-10-04T17:00"), limit("4wh"))).isEqualTo(beijing("2030-10-07T11:30"));
		assertThat(CHINA.addWorkingDays(LocalDate.parse("2019-12-27"), 2)).isEqualTo("2019-12-31");
	}

	@Test
	void aYearWithoutAHolidayFileIsWarnedAboutOnce(CapturedOutput output) {
		WorkingTimeCalendar calendar = new WorkingTimeCalendar(CalendarSettings.defaults());

		calendar.elapsed(beijing("2031-01-01T00:00"), beijing("2031-12-31T00:00"), TimeUnitKind.WORKING);

		assertThat(output.getAll().split("No holiday file for 2031", -1)).hasSize(2);
	}
}

package org.civicgrid.shared.time;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.shared.time.Calendars.CHINA;
import static org.civicgrid.shared.time.Calendars.beijing;
import static org.civicgrid.shared.time.Calendars.limit;

/** An operator adds next year's holidays by dropping a file into civicgrid.calendar.holiday-dir, no rebuild. */
class HolidayDirectoryTests {

	@TempDir
	Path folder;

	@Test
	void aHolidayFileForANewYearMakesItsHolidaysOffAndItsMakeUpDaysWorking() throws IOException {
		write("2027.json", holidayFile(2027, day("2027-03-03", true), day("2027-03-06", false)));
		Files.writeString(folder.resolve("README.txt"), "not a holiday file");

		WorkingTimeCalendar calendar = calendarReading(folder);

		assertThat(CHINA.isWorkingDay(LocalDate.parse("2027-03-03"))).as("a Wednesday, shipped files only").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2027-03-03"))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2027-03-06"))).isTrue();
		assertThat(calendar.deadline(beijing("2027-03-02T17:00"), limit("4wh"))).isEqualTo(beijing("2027-03-04T11:30"));
	}

	@Test
	void aFileInTheFolderReplacesTheShippedFileOfTheSameYear() throws IOException {
		write("2026-revised.json", holidayFile(2026, day("2026-03-09", true)));

		WorkingTimeCalendar calendar = calendarReading(folder);

		assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-09"))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-17"))).as("no longer Spring Festival").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-14"))).as("no longer a make-up day").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-01"))).as("other years as shipped").isFalse();
	}

	@Test
	void aDecemberDateListedInNextYearsFileCounts() throws IOException {
		write("2028.json", holidayFile(2028, day("2027-12-31", true), day("2028-01-01", true)));

		assertThat(calendarReading(folder).isWorkingDay(LocalDate.parse("2027-12-31"))).as("a Friday").isFalse();
	}

	@Test
	void aBrokenFileStopsTheStartWithItsNameAndTheReason() throws IOException {
		write("2027.json", "{ \"year\": 2027, \"days\": [ ");
		assertThatThrownBy(() -> calendarReading(folder)).hasMessageContaining("2027.json").hasMessageContaining("JSON");

		write("2027.json", holidayFile(2027, "{\"name\": \"元旦\", \"date\": \"2027-01-01\"}"));
		assertThatThrownBy(() -> calendarReading(folder))
			.hasMessageContaining("2027.json, day 0: \"isOffDay\" must be true or false");

		write("2027.json", holidayFile(2027, day("2027-02-30", true)));
		assertThatThrownBy(() -> calendarReading(folder)).hasMessageContaining("'2027-02-30' is not a date");

		write("2027.json", "{\"days\": []}");
		assertThatThrownBy(() -> calendarReading(folder)).hasMessageContaining("has no whole-number \"year\"");
	}

	@Test
	void twoFilesForTheSameYearAreRefused() throws IOException {
		write("2027.json", holidayFile(2027, day("2027-03-03", true)));
		write("2027-copy.json", holidayFile(2027, day("2027-03-04", true)));

		assertThatThrownBy(() -> calendarReading(folder)).hasMessageContaining("both describe 2027");
	}

	@Test
	void aHolidayDirThatIsNotAFolderStopsTheStart() {
		Path missing = folder.resolve("no-such-folder");

		assertThatThrownBy(() -> calendarReading(missing))
			.hasMessage("civicgrid.calendar.holiday-dir %s is not a folder", missing);
	}

	private static WorkingTimeCalendar calendarReading(Path folder) {
		return new WorkingTimeCalendar(CalendarSettings.defaults().withHolidayDir(folder));
	}

	private void write(String name, String content) throws IOException {
		Files.writeString(folder.resolve(name), content);
	}

	private static String holidayFile(int year, String... days) {
		return "{\"year\": %d, \"papers\": [], \"days\": [%s]}".formatted(year, String.join(", ", days));
	}

	private static String day(String date, boolean offDay) {
		return "{\"name\": \"test\", \"date\": \"%s\", \"isOffDay\": %s}".formatted(date, offDay);
	}
}

package org.civicgrid.shared.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped holiday files read independently of the calendar, so tests take their expectations from the data
 * rather than from the code under test.
 */
final class ShippedHolidayFiles {

	record Day(String name, LocalDate date, boolean offDay) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ShippedHolidayFiles() {
	}

	static List<Day> days(int year) {
		String resource = "/reference/holidays-cn/" + year + ".json";
		try (InputStream in = ShippedHolidayFiles.class.getResourceAsStream(resource)) {
			List<Day> days = new ArrayList<>();
			for (JsonNode day : JSON.readTree(in).path("days")) {
				days.add(new Day(day.path("name").asString(), LocalDate.parse(day.path("date").asString()),
						day.path("isOffDay").booleanValue()));
			}
			return days;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The National Day (国庆节) entries of a year, holidays and make-up days alike. */
	static List<Day> nationalDay(int year) {
		return days(year).stream().filter(day -> day.name().contains("国庆")).toList();
	}

	/** Working by the data alone: listed make-up days work, listed holidays rest, otherwise Monday to Friday work. */
	static boolean workingByTheFile(LocalDate date) {
		for (Day day : days(date.getYear())) {
			if (day.date().equals(date)) {
				return !day.offDay();
			}
		}
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}
}

package org.civicgrid.shared.time;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One year's statutory arrangement as the State Council publishes it, in the holiday-cn format
 * {@code {year, papers[], days[{name, date, isOffDay}]}}: {@code isOffDay} true is a holiday, false a
 * make-up working day (调休) on a weekend. A file may list a date of the neighbouring year (2023.json holds
 * 2022-12-31).
 */
record HolidayYear(int year, String source, Map<LocalDate, Boolean> offDays) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	HolidayYear {
		offDays = Map.copyOf(offDays);
	}

	static HolidayYear read(InputStream in, String source) {
		JsonNode root;
		try (in) {
			root = JSON.readTree(in);
		}
		catch (JacksonException | IOException e) {
			throw new IllegalStateException(
					"Holiday file %s is not readable JSON: %s".formatted(source, e.getMessage()), e);
		}
		if (root == null || !root.path("year").isIntegralNumber()) {
			throw new IllegalStateException("Holiday file %s has no whole-number \"year\"".formatted(source));
		}
		if (!root.path("days").isArray()) {
			throw new IllegalStateException("Holiday file %s has no \"days\" list".formatted(source));
		}
		Map<LocalDate, Boolean> offDays = new LinkedHashMap<>();
		int index = 0;
		for (JsonNode day : root.path("days")) {
			offDays.put(date(day, index, source), offDay(day, index, source));
			index++;
		}
		return new HolidayYear(root.path("year").asInt(), source, offDays);
	}

	private static LocalDate date(JsonNode day, int index, String source) {
		String text = day.path("date").asString("");
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			throw new IllegalStateException("Holiday file %s, day %d: \"date\" '%s' is not a date like 2027-01-01"
				.formatted(source, index, text));
		}
	}

	private static boolean offDay(JsonNode day, int index, String source) {
		JsonNode flag = day.path("isOffDay");
		if (!flag.isBoolean()) {
			throw new IllegalStateException("Holiday file %s, day %d: \"isOffDay\" must be true or false"
				.formatted(source, index));
		}
		return flag.booleanValue();
	}
}

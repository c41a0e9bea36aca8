package org.civicgrid.shared.time;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One stretch of office hours on a working day, such as 08:30–12:00; the end is exclusive. */
record OfficePeriod(LocalTime start, LocalTime end) {

	private static final Pattern FORM = Pattern.compile("(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})");

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("H:mm");

	OfficePeriod {
		if (!start.isBefore(end)) {
			throw new IllegalArgumentException(
					"Office hours '%s' must start before they end".formatted(text(start, end)));
		}
	}

	/** Reads "08:30-12:00" (24-hour clock, minutes precision). */
	static OfficePeriod parse(String text) {
		Matcher matcher = FORM.matcher(text == null ? "" : text.strip());
		if (!matcher.matches()) {
			throw new IllegalArgumentException(
					"Office hours '%s' must look like 08:30-12:00 (start-end, 24-hour clock)".formatted(text));
		}
		return new OfficePeriod(time(matcher.group(1), text), time(matcher.group(2), text));
	}

	boolean overlaps(OfficePeriod other) {
		return start.isBefore(other.end) && other.start.isBefore(end);
	}

	@Override
	public String toString() {
		return text(start, end);
	}

	private static LocalTime time(String clock, String whole) {
		try {
			return LocalTime.parse(clock, CLOCK);
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("Office hours '%s' contain '%s', which is not a time of day from 00:00 to 23:59"
				.formatted(whole, clock));
		}
	}

	private static String text(LocalTime start, LocalTime end) {
		return start + "-" + end;
	}
}

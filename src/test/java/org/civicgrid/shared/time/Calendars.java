package org.civicgrid.shared.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Test fixtures in calendar words: the shipped Chinese calendar and instants on Beijing time. */
final class Calendars {

	/** Shanghai, 08:30-12:00 and 14:00-18:00, holidays 2020–2026 as shipped. Loaded once per test JVM. */
	static final WorkingTimeCalendar CHINA = new WorkingTimeCalendar(CalendarSettings.defaults());

	private Calendars() {
	}

	/** "2026-03-09T09:00" read on Beijing time. */
	static Instant beijing(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(CalendarSettings.DEFAULT_ZONE).toInstant();
	}

	static Instant beijing(LocalDate day, String time) {
		return beijing(day + "T" + time);
	}

	static TimeLimit limit(String text) {
		return TimeLimit.parse(text);
	}
}

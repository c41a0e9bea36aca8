package org.civicgrid.shared.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.springframework.stereotype.Component;

/**
 * The one way a time is written for people: in the calendar's zone ({@code civicgrid.calendar.zone}), whatever the
 * machine's, as pages call it: {@code ${@times.minute(c.deadline())}}. Absent times are written as a dash.
 */
@Component("times")
public class Times {

	private static final String NONE = "—";

	private final ZoneId zone;
	private final DateTimeFormatter minute;
	private final DateTimeFormatter second;
	private final DateTimeFormatter dayAndTime;
	private final DateTimeFormatter clockTime;
	private final DateTimeFormatter day;

	public Times(CalendarSettings calendar) {
		this.zone = calendar.zone();
		this.minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
		this.second = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
		this.dayAndTime = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(zone);
		this.clockTime = DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
		this.day = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(zone);
	}

	public ZoneId zone() {
		return zone;
	}

	/** {@code 2026-12-02 15:00} */
	public String minute(Instant at) {
		return format(minute, at);
	}

	/** {@code 2026-12-02 15:00:07}, for audit trails. */
	public String second(Instant at) {
		return format(second, at);
	}

	/** {@code 12-02 15:00}, in lists and on cards. */
	public String dayAndTime(Instant at) {
		return format(dayAndTime, at);
	}

	/** {@code 15:00} */
	public String clockTime(Instant at) {
		return format(clockTime, at);
	}

	/** {@code 2026-12-02} */
	public String day(Instant at) {
		return format(day, at);
	}

	private static String format(DateTimeFormatter formatter, TemporalAccessor at) {
		return at == null ? NONE : formatter.format(at);
	}
}

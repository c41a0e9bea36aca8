package org.civicgrid.messaging.internal.outbound;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The quiet hours (免打扰时段): a daily period, such as 22:00–07:00, in the calendar's zone, in which no SMS but an
 * emergency's goes out; one that falls in it is deferred to its end. A period may run over midnight. No period
 * (a blank setting) is never quiet.
 */
public final class QuietHours {

	private final LocalTime start;
	private final LocalTime end;
	private final ZoneId zone;

	private QuietHours(LocalTime start, LocalTime end, ZoneId zone) {
		this.start = start;
		this.end = end;
		this.zone = zone;
	}

	/** The period of a setting such as {@code 22:00-07:00}; empty for a blank one. */
	static Optional<LocalTime[]> parse(String setting) {
		if (setting == null || setting.isBlank()) {
			return Optional.empty();
		}
		String[] parts = setting.strip().split("\\s*-\\s*");
		try {
			if (parts.length != 2) {
				throw new DateTimeParseException("two times expected", setting, 0);
			}
			LocalTime from = LocalTime.parse(parts[0]);
			LocalTime to = LocalTime.parse(parts[1]);
			if (from.equals(to)) {
				throw new DateTimeParseException("start equals end", setting, 0);
			}
			return Optional.of(new LocalTime[] { from, to });
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("civicgrid.messaging.outbound.quiet-hours must read like 22:00-07:00, "
					+ "not '" + setting + "'", e);
		}
	}

	static QuietHours of(String setting, ZoneId zone) {
		return parse(setting).map(p -> new QuietHours(p[0], p[1], zone)).orElse(new QuietHours(null, null, zone));
	}

	/** Whether {@code at} lies inside the period (from its start, up to but not including its end). */
	public boolean isQuiet(Instant at) {
		if (start == null) {
			return false;
		}
		LocalTime t = at.atZone(zone).toLocalTime();
		return start.isBefore(end) ? !t.isBefore(start) && t.isBefore(end) : !t.isBefore(start) || t.isBefore(end);
	}

	/** The end of the quiet period {@code at} lies in; {@code at} itself when it is not quiet. */
	public Instant endOf(Instant at) {
		if (!isQuiet(at)) {
			return at;
		}
		ZonedDateTime local = at.atZone(zone);
		ZonedDateTime endToday = local.toLocalDate().atTime(end).atZone(zone);
		return (endToday.isAfter(local) ? endToday : endToday.plusDays(1)).toInstant();
	}

	@Override
	public String toString() {
		return start == null ? "none" : start + "-" + end + " " + zone;
	}
}

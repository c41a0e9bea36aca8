package org.civicgrid.casework;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.civicgrid.shared.time.TimeUnitKind;
import org.civicgrid.shared.time.WorkingTimeCalendar;

/**
 * The status board's three colours (三色管理), the one rule for everything that runs against a time limit (cases,
 * a hall's requests): green while less than 80 % of the time is used, yellow from 80 %, red once the deadline has
 * come, the time counted on the working-time calendar.
 */
public enum Colour {

	/** On track: less than 80 % of the time limit used. */
	GREEN,
	/** Close to the limit: 80 % or more used. */
	YELLOW,
	/** Overdue: the limit is used up. */
	RED;

	/** Yellow from this share of the limit on. */
	public static final int YELLOW_PERCENT = 80;

	/** Share used = time elapsed since {@code start} / time from start to deadline, both on the limit's clock. */
	public static Colour of(WorkingTimeCalendar calendar, Instant start, Instant deadline, TimeUnitKind kind,
			Instant now) {
		if (!now.isBefore(deadline)) {
			return RED;
		}
		Duration used = calendar.elapsed(start, now, kind);
		Duration whole = calendar.elapsed(start, deadline, kind);
		boolean closeToLimit = used.multipliedBy(100).compareTo(whole.multipliedBy(YELLOW_PERCENT)) >= 0;
		return closeToLimit ? YELLOW : GREEN;
	}

	/**
	 * The first instant a clock started at {@code start} and due at {@code due} is yellow in {@link #of}: once four
	 * fifths of its time is used, on the second, so a stored colour turns when the computed one does.
	 */
	public static Instant yellowFrom(WorkingTimeCalendar calendar, Instant start, Instant due, TimeUnitKind kind) {
		Duration whole = calendar.elapsed(start, due, kind);
		Duration atYellow = whole.multipliedBy(YELLOW_PERCENT).plusNanos(99).dividedBy(100);
		Instant yellow = calendar.plus(start, atYellow, kind);
		// on the next whole second, as stored timestamps keep it (a timer truncated below it would find it green)
		Instant second = yellow.truncatedTo(ChronoUnit.SECONDS);
		return second.equals(yellow) ? yellow : second.plusSeconds(1);
	}
}

package org.civicgrid.casework.internal;

import java.time.Instant;
import java.util.Optional;

import org.civicgrid.casework.Colour;
import org.civicgrid.shared.time.TimeLimit;
import org.civicgrid.shared.time.TimeUnitKind;
import org.civicgrid.shared.time.WorkingTimeCalendar;

/**
 * Deadlines and the status board's colours (三色管理), counted on the one working-time calendar: green while less
 * than 80 % of the time limit is used, yellow from 80 %, red once the deadline has come. GB/T 30428: the handling
 * clock starts at dispatch; extensions (延期) add to the deadline.
 */
final class DeadlinePolicy {

	/** Yellow from this share of the limit on. */
	static final int YELLOW_PERCENT = Colour.YELLOW_PERCENT;

	private final WorkingTimeCalendar calendar;

	DeadlinePolicy(WorkingTimeCalendar calendar) {
		this.calendar = calendar;
	}

	Colour colour(Instant start, TimeLimit limit, Instant now) {
		return colour(start, calendar.deadline(start, limit), limit.unit().kind(), now);
	}

	/** Share used = time elapsed since {@code start} / time from start to deadline, both on the limit's clock. */
	Colour colour(Instant start, Instant deadline, TimeUnitKind kind, Instant now) {
		return Colour.of(calendar, start, deadline, kind, now);
	}

	/** When the case must be handled: the category's limit from dispatch, then each granted extension on top. */
	Optional<Instant> deadline(CaseFile file) {
		CaseClock clock = file.clock();
		if (!clock.running()) {
			return Optional.empty();
		}
		Instant due = calendar.deadline(clock.started(), file.timeLimit());
		for (TimeLimit extension : clock.extensions()) {
			due = calendar.deadline(due, extension);
		}
		return Optional.of(due);
	}

	/** The case's colour now; once the handler reported back, the colour at that moment. Empty with no clock. */
	Optional<Colour> colour(CaseFile file, Instant now) {
		CaseClock clock = file.clock();
		Instant at = clock.stopped() == null ? now : clock.stopped();
		return deadline(file).map(due -> colour(clock.started(), due, file.timeLimit().unit().kind(), at));
	}

	/**
	 * When the case turns yellow (80 % of its time used), to the minute, so lists can filter by colour in SQL.
	 * Empty with no clock.
	 */
	Optional<Instant> yellowFrom(CaseFile file) {
		CaseClock clock = file.clock();
		TimeUnitKind kind = file.timeLimit().unit().kind();
		return deadline(file).map(due -> yellowFrom(clock.started(), due, kind));
	}

	/** The first instant a clock started at {@code start} and due at {@code due} is yellow in {@link #colour}. */
	Instant yellowFrom(Instant start, Instant due, TimeUnitKind kind) {
		return Colour.yellowFrom(calendar, start, due, kind);
	}

	/** The deadline of {@code limit} counted from {@code start} on the calendar. */
	Instant deadline(Instant start, TimeLimit limit) {
		return calendar.deadline(start, limit);
	}
}

package org.civicgrid.services.internal.requests;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.civicgrid.casework.Colour;
import org.civicgrid.services.internal.PromisedDate;
import org.civicgrid.shared.time.TimeUnitKind;
import org.civicgrid.shared.time.WorkingTimeCalendar;
import org.springframework.stereotype.Component;

/**
 * A request's time limit (限时办结): due when the office closes on the promised day, the item's working days counted
 * from the day it was accepted ({@link PromisedDate}); coloured like cases ({@link Colour}) on working time. While
 * the hall waits for the resident's missing materials (补正) the clock stands still: the wait is added to the
 * deadline once they come.
 */
@Component
class RequestClock {

	private final WorkingTimeCalendar calendar;
	private final PromisedDate promised;

	RequestClock(WorkingTimeCalendar calendar, PromisedDate promised) {
		this.calendar = calendar;
		this.promised = promised;
	}

	Instant deadline(Instant accepted, int workingDays) {
		LocalDate day = LocalDate.ofInstant(accepted, calendar.zone());
		Instant due = calendar.closeOf(promised.ifTakenOn(day, workingDays));
		// taken after the close of its last day (立即办 at 18:30): due at that day's next close
		return due.isAfter(accepted) ? due : calendar.closeOf(calendar.addWorkingDays(day, 1));
	}

	Instant yellowFrom(Instant started, Instant deadline) {
		return Colour.yellowFrom(calendar, started, deadline, TimeUnitKind.WORKING);
	}

	/** The colour at {@code at}: the moment it finished or stopped for a supplement, else now. */
	Colour colour(Instant started, Instant deadline, Instant at) {
		return Colour.of(calendar, started, deadline, TimeUnitKind.WORKING, at);
	}

	/** The working time a supplement held the clock, which the start and the deadline move on by. */
	Duration held(Instant pausedSince, Instant resumed) {
		return calendar.elapsed(pausedSince, resumed, TimeUnitKind.WORKING);
	}

	Instant later(Instant instant, Duration held) {
		return calendar.plus(instant, held, TimeUnitKind.WORKING);
	}

	LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, calendar.zone());
	}
}

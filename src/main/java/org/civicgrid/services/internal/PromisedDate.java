package org.civicgrid.services.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.civicgrid.shared.time.WorkingTimeCalendar;
import org.springframework.stereotype.Component;

/**
 * The day an item is promised by when a hall takes it today (限时办结): the time limit counted in working days of
 * the calendar (weekends and statutory holidays off, make-up days on) from the day it is taken, which is the next
 * working day when today is not one.
 */
@Component
public class PromisedDate {

	private final WorkingTimeCalendar calendar;
	private final Clock clock;

	PromisedDate(WorkingTimeCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	/** Today in the calendar's zone (Beijing time by default). */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(calendar.zone()));
	}

	public LocalDate ifTakenToday(int workingDays) {
		return ifTakenOn(today(), workingDays);
	}

	/** The promised day of an item taken on {@code day} (a request accepted then). */
	public LocalDate ifTakenOn(LocalDate day, int workingDays) {
		LocalDate taken = calendar.isWorkingDay(day) ? day : calendar.addWorkingDays(day, 1);
		return calendar.addWorkingDays(taken, workingDays);
	}
}

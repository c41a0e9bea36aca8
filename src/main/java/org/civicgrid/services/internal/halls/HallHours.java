package org.civicgrid.services.internal.halls;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civicgrid.shared.time.WorkingTimeCalendar;

/**
 * A hall's weekly hours, its 8+4 weekdays and its closure dates. A hall opens on the calendar's working days only:
 * closed on statutory holidays and weekends, open on make-up days (调休上班) with the hours of its first weekday
 * that has any.
 */
public record HallHours(Map<DayOfWeek, List<HallPeriod>> weekly, Set<DayOfWeek> extended, Set<LocalDate> closures) {

	public static final int SLOT_MINUTES = 30;
	static final int EXTENSION_HOURS = 2;

	/** Why a hall is shut on a day, or {@code OPEN}. */
	public enum DayState {
		OPEN, CLOSURE, HOLIDAY, NO_HOURS
	}

	public DayState stateOn(LocalDate date, WorkingTimeCalendar calendar) {
		if (closures.contains(date)) {
			return DayState.CLOSURE;
		}
		if (!calendar.isWorkingDay(date)) {
			return DayState.HOLIDAY;
		}
		return periodsOf(date).isEmpty() ? DayState.NO_HOURS : DayState.OPEN;
	}

	/** The periods of an open day, with the 8+4 extension; empty on a day the hall is shut. */
	public List<HallPeriod> periodsOn(LocalDate date, WorkingTimeCalendar calendar) {
		return stateOn(date, calendar) == DayState.OPEN ? periodsOf(date) : List.of();
	}

	/** The 30-minute slots' starts of a day; a period's last part shorter than a slot is not offered. */
	public List<LocalTime> slotsOn(LocalDate date, WorkingTimeCalendar calendar) {
		List<LocalTime> starts = new ArrayList<>();
		for (HallPeriod period : periodsOn(date, calendar)) {
			int closes = period.closes().toSecondOfDay() / 60;
			for (int m = period.opens().toSecondOfDay() / 60; m + SLOT_MINUTES <= closes; m += SLOT_MINUTES) {
				starts.add(LocalTime.of(m / 60, m % 60));
			}
		}
		return starts;
	}

	private List<HallPeriod> periodsOf(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		List<HallPeriod> periods = weekly.getOrDefault(day, List.of());
		if (periods.isEmpty() && day.getValue() >= 6) {
			periods = firstWeekdayWithHours();
		}
		if (periods.isEmpty() || !extended.contains(day)) {
			return periods;
		}
		List<HallPeriod> longer = new ArrayList<>(periods);
		HallPeriod first = longer.get(0);
		longer.set(0, new HallPeriod(first.opens().minusHours(EXTENSION_HOURS), first.closes()));
		HallPeriod last = longer.get(longer.size() - 1);
		longer.set(longer.size() - 1, new HallPeriod(last.opens(), last.closes().plusHours(EXTENSION_HOURS)));
		return longer;
	}

	private List<HallPeriod> firstWeekdayWithHours() {
		for (DayOfWeek d : DayOfWeek.values()) {
			List<HallPeriod> p = weekly.getOrDefault(d, List.of());
			if (!p.isEmpty()) {
				return p;
			}
		}
		return List.of();
	}
}

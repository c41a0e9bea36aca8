package org.civicgrid.services;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The hours of a test's own hall: the same periods Monday to Friday, given as opens, closes, opens, closes… */
final class WeekdayHours {

	private WeekdayHours() {
	}

	static List<HallSetup.Period> of(String... bounds) {
		List<HallSetup.Period> hours = new ArrayList<>();
		for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			for (int i = 0; i + 1 < bounds.length; i += 2) {
				hours.add(new HallSetup.Period(d, LocalTime.parse(bounds[i]), LocalTime.parse(bounds[i + 1])));
			}
		}
		return hours;
	}
}

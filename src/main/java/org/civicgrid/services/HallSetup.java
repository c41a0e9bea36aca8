package org.civicgrid.services;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A hall to set up: {@code level} is {@code STREET_CENTRE}, {@code COMMUNITY_HALL} or {@code GRID_DOOR} (a grid's
 * door-to-door service), {@code regionCode} the street, community or grid it serves (its staff see its bookings),
 * the weekly periods (a weekday may have several), the 8+4 weekdays ({@code extended}: two hours earlier and two
 * hours later) and the closure dates.
 */
public record HallSetup(String code, String name, String level, String regionCode, String address,
		List<Counter> counters, List<Period> hours, Set<DayOfWeek> extended, List<LocalDate> closures) {

	public HallSetup {
		counters = List.copyOf(counters);
		hours = List.copyOf(hours);
		extended = Set.copyOf(extended);
		closures = List.copyOf(closures);
	}

	/**
	 * A counter (窗口): its number in the hall, its name, the item codes it serves, people per 30-minute slot, and
	 * the usernames of its A (主办) and B (协办, covering the days A is away) staff, either may be null.
	 */
	public record Counter(int number, String name, List<String> items, int capacity, String staffA, String staffB) {

		/** A counter without named staff. */
		public Counter(int number, String name, List<String> items, int capacity) {
			this(number, name, items, capacity, null, null);
		}
	}

	/** One opening period of a weekday. */
	public record Period(DayOfWeek weekday, LocalTime opens, LocalTime closes) {
	}
}

package org.civicgrid.services.internal.halls;

import java.time.LocalTime;
import java.util.List;

/**
 * A hall's week as its manager writes it: every opening period (ISO weekday 1–7, opens, closes) and the 8+4
 * weekdays, whose first period opens two hours earlier and whose last closes two hours later.
 */
public record HoursInput(List<Period> periods, List<Integer> extended) {

	public HoursInput {
		periods = periods == null ? List.of() : List.copyOf(periods);
		extended = extended == null ? List.of() : List.copyOf(extended);
	}

	/** One opening period of a weekday. */
	public record Period(Integer weekday, LocalTime opens, LocalTime closes) {
	}
}

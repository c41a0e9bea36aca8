package org.civicgrid.services.internal.halls;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Everything a hall's manager edits: the hall, its counters with their A and B staff, the weekly periods, the 8+4
 * weekdays, the closures and the absences from today on.
 */
public record HallSetupView(Hall hall, List<CounterSetup> counters, List<HoursInput.Period> periods,
		List<Integer> extended, List<HallClosure> closures, List<CounterAbsence> absences) {

	/** The periods of one weekday, as a page shows a week row by row. */
	public List<HoursInput.Period> periodsOf(int weekday) {
		return periods.stream().filter(p -> p.weekday() == weekday).toList();
	}

	public boolean extendedOn(int weekday) {
		return extended.contains(weekday);
	}

	/** The usernames named as A or B on any counter, each once: who may be recorded as away. */
	public List<String> staff() {
		return counters.stream().flatMap(c -> Stream.of(c.staffA(), c.staffB())).filter(Objects::nonNull).distinct()
			.sorted().toList();
	}
}

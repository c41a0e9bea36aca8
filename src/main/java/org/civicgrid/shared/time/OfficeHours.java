package org.civicgrid.shared.time;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The office periods of every working day, in order and without overlap. */
record OfficeHours(List<OfficePeriod> periods) {

	OfficeHours {
		if (periods.isEmpty()) {
			throw new IllegalArgumentException("Office hours need at least one period, such as 08:30-12:00");
		}
		for (int i = 1; i < periods.size(); i++) {
			OfficePeriod before = periods.get(i - 1);
			OfficePeriod after = periods.get(i);
			if (before.overlaps(after)) {
				throw new IllegalArgumentException("Office hours '%s' and '%s' overlap".formatted(before, after));
			}
			if (after.start().isBefore(before.end())) {
				throw new IllegalArgumentException(
						"Office hours must be listed in order of the day: '%s' comes before '%s'".formatted(after, before));
			}
		}
		periods = List.copyOf(periods);
	}

	/** Reads and checks a list such as ["08:30-12:00", "14:00-18:00"]. */
	static OfficeHours parse(List<String> texts) {
		List<OfficePeriod> periods = new ArrayList<>();
		for (String text : texts) {
			periods.add(OfficePeriod.parse(text));
		}
		return new OfficeHours(periods);
	}

	/** When the office closes for the day: the end of the last period. */
	LocalTime close() {
		return periods.get(periods.size() - 1).end();
	}
}

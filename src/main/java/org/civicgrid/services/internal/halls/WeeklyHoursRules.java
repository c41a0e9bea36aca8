package org.civicgrid.services.internal.halls;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.civicgrid.shared.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * What a hall's week may be: each period on an ISO weekday 1–7, closing after it opens, not overlapping another
 * period of its weekday; an 8+4 weekday has hours, and its two extra hours at each end stay inside the day (the
 * first period opens at 02:00 or later, the last closes at 22:00 or earlier). A period's problem names its place in
 * the list ({@code item}) and its field.
 */
@Component
class WeeklyHoursRules {

	static final LocalTime EARLIEST_EXTENDED = LocalTime.of(HallHours.EXTENSION_HOURS, 0);
	static final LocalTime LATEST_EXTENDED = LocalTime.of(24 - HallHours.EXTENSION_HOURS, 0);

	List<FieldProblem> problems(HoursInput in) {
		List<FieldProblem> problems = new ArrayList<>();
		List<HoursInput.Period> periods = in.periods();
		for (int i = 0; i < periods.size(); i++) {
			HoursInput.Period p = periods.get(i);
			if (p == null) {
				problems.add(FieldProblem.at(i, "weekday", "validation.required"));
				continue;
			}
			if (p.weekday() == null) {
				problems.add(FieldProblem.at(i, "weekday", "validation.required"));
			}
			else if (p.weekday() < 1 || p.weekday() > 7) {
				problems.add(FieldProblem.at(i, "weekday", "services.hours.weekday"));
			}
			if (p.opens() == null) {
				problems.add(FieldProblem.at(i, "opens", "validation.required"));
			}
			if (p.closes() == null) {
				problems.add(FieldProblem.at(i, "closes", "validation.required"));
			}
			if (p.opens() != null && p.closes() != null && !p.closes().isAfter(p.opens())) {
				problems.add(FieldProblem.at(i, "closes", "services.hours.closes-before-opens", p.opens(), p.closes()));
			}
			for (int j = 0; j < i; j++) {
				HoursInput.Period q = periods.get(j);
				if (valid(p) && valid(q) && p.weekday().equals(q.weekday()) && p.opens().isBefore(q.closes())
						&& q.opens().isBefore(p.closes())) {
					problems.add(FieldProblem.at(i, "opens", "services.hours.overlap", p.weekday(), p.opens(),
							p.closes(), q.opens(), q.closes()));
					break;
				}
			}
		}
		Set<Integer> extended = new LinkedHashSet<>(in.extended());
		for (Integer d : extended) {
			if (d == null || d < 1 || d > 7) {
				problems.add(FieldProblem.of("extended", "services.hours.weekday"));
				continue;
			}
			List<HoursInput.Period> ofDay = periods.stream().filter(p -> valid(p) && p.weekday().equals(d)).toList();
			if (ofDay.isEmpty()) {
				problems.add(FieldProblem.of("extended", "services.hours.extended-closed", d));
				continue;
			}
			LocalTime first = ofDay.stream().map(HoursInput.Period::opens).min(LocalTime::compareTo).orElseThrow();
			LocalTime last = ofDay.stream().map(HoursInput.Period::closes).max(LocalTime::compareTo).orElseThrow();
			if (first.isBefore(EARLIEST_EXTENDED) || last.isAfter(LATEST_EXTENDED)) {
				problems.add(FieldProblem.of("extended", "services.hours.extended-outside-day", d));
			}
		}
		return problems;
	}

	private static boolean valid(HoursInput.Period p) {
		return p != null && p.weekday() != null && p.weekday() >= 1 && p.weekday() <= 7 && p.opens() != null
				&& p.closes() != null && p.closes().isAfter(p.opens());
	}
}

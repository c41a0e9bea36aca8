package org.civicgrid.services.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.civicgrid.services.internal.halls.AbsenceInput;
import org.civicgrid.services.internal.halls.ClosureInput;
import org.civicgrid.services.internal.halls.CounterInput;
import org.civicgrid.services.internal.halls.CounterSetup;
import org.civicgrid.services.internal.halls.Hall;
import org.civicgrid.services.internal.halls.HallInput;
import org.civicgrid.services.internal.halls.HallSetupView;
import org.civicgrid.services.internal.halls.HoursInput;
import org.civicgrid.shared.FieldProblem;

/**
 * The hall editor's forms as typed on the page: every value as text, so what was typed comes back beside a refusal,
 * turned into the facade's inputs here (items as codes separated by spaces or commas, a weekday's hours as
 * {@code 08:30-12:00 14:00-17:30}). Public, as the templates read them.
 */
public final class HallForms {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s,，;；、]+");
	private static final Pattern DASH = Pattern.compile("\\s*[-–—~～－至]\\s*");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

	private HallForms() {
	}

	/** A hall's fields. */
	public record HallForm(String code, String name, String level, String regionCode, String address) {

		static HallForm of(Hall h) {
			return new HallForm(h.code(), h.name(), h.level().name(), h.regionCode(), h.address());
		}

		HallInput input() {
			return new HallInput(code, name, level, regionCode, address);
		}
	}

	/** A counter's fields; {@code items} the codes separated by spaces or commas. */
	public record CounterForm(String number, String name, String items, String capacity, String staffA, String staffB) {

		static CounterForm of(CounterSetup c) {
			return new CounterForm(String.valueOf(c.number()), c.name(), String.join(" ", c.items()),
					String.valueOf(c.capacity()), nullToEmpty(c.staffA()), nullToEmpty(c.staffB()));
		}

		static CounterForm empty() {
			return new CounterForm("", "", "", "", "", "");
		}

		/** The counter, or the fields that are not whole numbers. */
		CounterInput input(List<FieldProblem> problems) {
			return new CounterInput(whole("number", number, problems), name,
					items == null ? List.of() : Arrays.asList(SEPARATORS.split(items.strip())),
					whole("capacity", capacity, problems), staffA, staffB);
		}
	}

	/** The week: one text per ISO weekday ({@code hours1} Monday … {@code hours7} Sunday) and the 8+4 weekdays. */
	public record HoursForm(String hours1, String hours2, String hours3, String hours4, String hours5, String hours6,
			String hours7, List<Integer> extended) {

		static HoursForm of(HallSetupView setup) {
			List<String> days = new ArrayList<>();
			for (int d = 1; d <= 7; d++) {
				days.add(setup.periodsOf(d).stream().map(p -> p.opens() + "-" + p.closes())
					.collect(Collectors.joining(" ")));
			}
			return new HoursForm(days.get(0), days.get(1), days.get(2), days.get(3), days.get(4), days.get(5),
					days.get(6), setup.extended());
		}

		public String day(int weekday) {
			return switch (weekday) {
				case 1 -> hours1;
				case 2 -> hours2;
				case 3 -> hours3;
				case 4 -> hours4;
				case 5 -> hours5;
				case 6 -> hours6;
				default -> hours7;
			};
		}

		public boolean extendedOn(int weekday) {
			return extended != null && extended.contains(weekday);
		}

		/** The periods in the order typed, or a problem naming the weekday's field for a period not understood. */
		HoursInput input(List<FieldProblem> problems) {
			List<HoursInput.Period> periods = new ArrayList<>();
			for (int d = 1; d <= 7; d++) {
				String text = day(d) == null ? "" : day(d).strip();
				if (text.isEmpty()) {
					continue;
				}
				for (String part : SEPARATORS.split(text)) {
					String[] ends = DASH.split(part);
					try {
						if (ends.length != 2) {
							throw new DateTimeParseException(part, part, 0);
						}
						periods.add(new HoursInput.Period(d, LocalTime.parse(ends[0], TIME),
								LocalTime.parse(ends[1], TIME)));
					}
					catch (DateTimeParseException e) {
						problems.add(FieldProblem.of("hours" + d, "services.hall-admin.hours-format", part));
						break;
					}
				}
			}
			return new HoursInput(periods, extended);
		}
	}

	/** A closure's date ({@code yyyy-MM-dd}) and reason. */
	public record ClosureForm(String date, String reason) {

		static ClosureForm empty() {
			return new ClosureForm("", "");
		}

		ClosureInput input(List<FieldProblem> problems) {
			return new ClosureInput(day("date", date, problems), reason);
		}
	}

	/** A staff member's days away, {@code from} to {@code to} ({@code yyyy-MM-dd}). */
	public record AbsenceForm(String username, String from, String to, String reason) {

		static AbsenceForm empty() {
			return new AbsenceForm("", "", "", "");
		}

		AbsenceInput input(List<FieldProblem> problems) {
			return new AbsenceInput(username, day("from", from, problems), day("to", to, problems), reason);
		}
	}

	private static LocalDate day(String field, String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			problems.add(FieldProblem.of(field, "validation.format"));
			return null;
		}
	}

	private static Integer whole(String field, String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			problems.add(FieldProblem.of(field, "validation.type"));
			return null;
		}
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}
}

package org.civicgrid.services.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.civicgrid.services.ServiceItemInput;
import org.civicgrid.services.ServiceItemInput.MaterialInput;
import org.civicgrid.services.ServiceItemInput.StepInput;
import org.civicgrid.shared.FieldProblem;

/**
 * What a service item must be before it is saved: a code of two to four capitals and three or four digits (MZ001),
 * a known category, level, material form and life event (by code or by the name a sheet writes), a name, conditions
 * and at least one step, a time limit from 0 (on the spot) to a year of working days, every text within its length.
 * Every problem is named by its field ({@code materials[2].count}); {@code item} locates it in a list (a file's
 * entry, an Excel row).
 */
final class ItemRules {

	static final String CODE_FORM = "[A-Z]{2,4}\\d{3,4}";
	static final int MAX_DAYS = 365;
	static final int MAX_MATERIALS = 40;
	static final int MAX_STEPS = 20;
	static final int MAX_COUNT = 20;

	private ItemRules() {
	}

	/** The checked item, or the problems that keep it out (then {@code problems} is not empty and null returned). */
	static ServiceItem check(ServiceItemInput in, Integer item, List<FieldProblem> problems) {
		int before = problems.size();
		String code = strip(in.code());
		if (code == null || !code.matches(CODE_FORM)) {
			problems.add(new FieldProblem(item, "code", "services.item.code-format", String.valueOf(in.code())));
		}
		ServiceCategory category = choice(problems, item, "category", in.category(), ServiceCategory.parse(in.category()),
				ServiceCategory.values(), "services.item.category-unknown");
		ServiceLevel level = choice(problems, item, "level", in.level(), ServiceLevel.parse(in.level()),
				ServiceLevel.values(), "services.item.level-unknown");
		String name = required(problems, item, "name", in.name(), 100);
		String conditions = required(problems, item, "conditions", in.conditions(), 2000);
		String fee = optional(problems, item, "fee", in.fee(), 200);
		String legalBasis = optional(problems, item, "legalBasis", in.legalBasis(), 1000);
		String counter = optional(problems, item, "counter", in.counter(), 200);
		String contact = optional(problems, item, "contact", in.contact(), 200);
		Integer days = in.timeLimitDays();
		if (days == null) {
			problems.add(new FieldProblem(item, "timeLimitDays", "validation.required"));
		}
		else if (days < 0 || days > MAX_DAYS) {
			problems.add(new FieldProblem(item, "timeLimitDays", "services.item.time-limit-range", days, MAX_DAYS));
		}
		List<ServiceItem.Material> materials = materials(in.materials(), item, problems);
		List<ServiceItem.Step> steps = steps(in.steps(), item, problems);
		Set<LifeEvent> events = new LinkedHashSet<>();
		for (int i = 0; i < in.lifeEvents().size(); i++) {
			String text = in.lifeEvents().get(i);
			LifeEvent event = choice(problems, item, "lifeEvents[" + i + "]", text, LifeEvent.parse(text),
					LifeEvent.values(), "services.item.life-event-unknown");
			if (event != null) {
				events.add(event);
			}
		}
		if (problems.size() > before) {
			return null;
		}
		return new ServiceItem(code, category, name, level, conditions, materials, steps, days, fee, legalBasis,
				counter, contact, Boolean.TRUE.equals(in.bookable()), Boolean.TRUE.equals(in.agency()),
				Boolean.TRUE.equals(in.atHome()), List.copyOf(events));
	}

	private static List<ServiceItem.Material> materials(List<MaterialInput> list, Integer item,
			List<FieldProblem> problems) {
		if (list.size() > MAX_MATERIALS) {
			problems.add(new FieldProblem(item, "materials", "services.item.too-many", MAX_MATERIALS));
			return List.of();
		}
		List<ServiceItem.Material> materials = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			MaterialInput m = list.get(i);
			String at = "materials[" + i + "]";
			if (m == null) {
				problems.add(new FieldProblem(item, at, "validation.required"));
				continue;
			}
			String name = required(problems, item, at + ".name", m.name(), 100);
			MaterialForm form = choice(problems, item, at + ".form", m.form(), MaterialForm.parse(m.form()),
					MaterialForm.values(), "services.item.form-unknown");
			int count = m.count() == null ? 1 : m.count();
			if (count < 1 || count > MAX_COUNT) {
				problems.add(new FieldProblem(item, at + ".count", "services.item.count-range", count, MAX_COUNT));
			}
			String notes = optional(problems, item, at + ".notes", m.notes(), 300);
			materials.add(new ServiceItem.Material(name, form, count, m.required() == null || m.required(), notes));
		}
		return materials;
	}

	private static List<ServiceItem.Step> steps(List<StepInput> list, Integer item, List<FieldProblem> problems) {
		if (list.isEmpty()) {
			problems.add(new FieldProblem(item, "steps", "services.item.steps-required"));
			return List.of();
		}
		if (list.size() > MAX_STEPS) {
			problems.add(new FieldProblem(item, "steps", "services.item.too-many", MAX_STEPS));
			return List.of();
		}
		List<ServiceItem.Step> steps = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			StepInput s = list.get(i);
			String at = "steps[" + i + "]";
			if (s == null) {
				problems.add(new FieldProblem(item, at, "validation.required"));
				continue;
			}
			steps.add(new ServiceItem.Step(required(problems, item, at + ".name", s.name(), 40),
					optional(problems, item, at + ".detail", s.detail(), 300)));
		}
		return steps;
	}

	private static <E extends Enum<E>> E choice(List<FieldProblem> problems, Integer item, String field, String text,
			E parsed, E[] values, String unknownKey) {
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem(item, field, "validation.required"));
			return null;
		}
		if (parsed == null) {
			String allowed = Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
			problems.add(new FieldProblem(item, field, unknownKey, text.strip(), allowed));
		}
		return parsed;
	}

	private static String required(List<FieldProblem> problems, Integer item, String field, String value, int max) {
		String text = strip(value);
		if (text == null || text.isEmpty()) {
			problems.add(new FieldProblem(item, field, "validation.required"));
			return null;
		}
		return withinLength(problems, item, field, text, max);
	}

	private static String optional(List<FieldProblem> problems, Integer item, String field, String value, int max) {
		String text = strip(value);
		return text == null ? "" : withinLength(problems, item, field, text, max);
	}

	private static String withinLength(List<FieldProblem> problems, Integer item, String field, String text, int max) {
		if (text.length() > max) {
			problems.add(new FieldProblem(item, field, "services.item.too-long", max));
		}
		return text;
	}

	private static String strip(String text) {
		return text == null ? null : text.strip();
	}
}

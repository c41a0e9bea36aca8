package org.civicgrid.casework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.time.TimeLimit;

/**
 * What a catalog entry must be (GB/T 30428 codes): the code a kind letter and two two-digit classes, every text
 * present and not too long, a time limit the calendar can count, and responsible units that are known departments.
 */
final class CategoryRules {

	static final String CODE_FORM = "[EC]\\d{4}";

	private CategoryRules() {
	}

	/** The entry with its texts stripped, its units without blanks and repeats. */
	static CategoryDefinition normalized(CategoryDefinition d) {
		List<String> units = d.responsibleUnits().stream()
			.filter(u -> u != null && !u.isBlank())
			.map(String::strip)
			.distinct()
			.toList();
		return new CategoryDefinition(strip(d.code()), strip(d.bigName()), strip(d.smallName()),
				strip(d.filingStandard()), strip(d.timeLimit()), strip(d.closingStandard()), units, d.escalateTo());
	}

	/** Every problem of the (normalized) entry; {@code item} is its row in an import, else null. */
	static List<FieldProblem> check(CategoryDefinition d, Integer item, Set<String> departments) {
		List<FieldProblem> problems = new ArrayList<>();
		if (d.code() == null || !d.code().matches(CODE_FORM)) {
			problems.add(new FieldProblem(item, "code", "casework.category.code-format", String.valueOf(d.code())));
		}
		text(problems, item, "bigName", d.bigName(), 50);
		text(problems, item, "smallName", d.smallName(), 50);
		text(problems, item, "filingStandard", d.filingStandard(), 500);
		text(problems, item, "closingStandard", d.closingStandard(), 500);
		if (d.timeLimit() == null || d.timeLimit().isEmpty()) {
			problems.add(new FieldProblem(item, "timeLimit", "validation.required"));
		}
		else {
			try {
				TimeLimit.parse(d.timeLimit());
			}
			catch (IllegalArgumentException e) {
				problems.add(new FieldProblem(item, "timeLimit", "casework.category.time-limit-format", d.timeLimit()));
			}
		}
		if (d.responsibleUnits().isEmpty()) {
			problems.add(new FieldProblem(item, "responsibleUnits", "validation.required"));
		}
		for (int i = 0; i < d.responsibleUnits().size(); i++) {
			String unit = d.responsibleUnits().get(i);
			if (!departments.contains(unit)) {
				problems.add(new FieldProblem(item, "responsibleUnits[" + i + "]", "casework.category.unit-unknown", unit));
			}
		}
		if (String.join(",", d.responsibleUnits()).length() > 400) {
			problems.add(new FieldProblem(item, "responsibleUnits", "casework.category.too-long", 400));
		}
		return problems;
	}

	private static void text(List<FieldProblem> problems, Integer item, String field, String value, int max) {
		if (value == null || value.isEmpty()) {
			problems.add(new FieldProblem(item, field, "validation.required"));
		}
		else if (value.length() > max) {
			problems.add(new FieldProblem(item, field, "casework.category.too-long", max));
		}
	}

	private static String strip(String text) {
		return text == null ? null : text.strip();
	}
}

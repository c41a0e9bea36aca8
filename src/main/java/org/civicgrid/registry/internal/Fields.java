package org.civicgrid.registry.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.text.Normalize;

/**
 * Collects every problem of one input before refusing it (422 naming each field), so a row of an import sheet
 * comes back with all its faults at once. Problems name fields, never values.
 */
final class Fields {

	private final List<FieldProblem> problems = new ArrayList<>();

	/** Normalized text, null when blank; too long is a problem. */
	String text(String raw, String field, int max) {
		String s = Normalize.text(raw);
		if (s == null || s.isBlank()) {
			return null;
		}
		if (s.length() > max) {
			problems.add(FieldProblem.of(field, "registry.person.too-long", max));
		}
		return s;
	}

	String requiredText(String raw, String field, int max) {
		String s = text(raw, field, max);
		if (s == null) {
			required(field);
		}
		return s;
	}

	Integer number(Integer value, String field, int min, int max, boolean required) {
		if (value == null) {
			if (required) {
				required(field);
			}
			return null;
		}
		if (value < min || value > max) {
			problems.add(FieldProblem.of(field, "registry.number-range", min, max));
		}
		return value;
	}

	BigDecimal positive(BigDecimal value, String field, int maxDigitsBeforePoint) {
		if (value != null && (value.signum() <= 0 || value.precision() - value.scale() > maxDigitsBeforePoint)) {
			problems.add(FieldProblem.of(field, "registry.number-positive"));
		}
		return value;
	}

	void required(String field) {
		problems.add(FieldProblem.of(field, "validation.required"));
	}

	void add(String field, String key, Object... args) {
		problems.add(FieldProblem.of(field, key, args));
	}

	/** The parsed value, or null with the parser's problems added under {@code field}. */
	<T> T parse(String field, Supplier<T> parser) {
		try {
			return parser.get();
		}
		catch (InvalidInputException e) {
			e.errors().forEach(p -> problems.add(FieldProblem.of(field, p.messageKey(), p.args())));
			return null;
		}
	}

	boolean hasProblems() {
		return !problems.isEmpty();
	}

	void throwIfAny() {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(List.copyOf(problems));
		}
	}

	static String code(String raw) {
		String s = Normalize.compact(raw);
		return s == null || s.isEmpty() ? null : s;
	}
}

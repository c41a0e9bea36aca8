package org.civicgrid.registry;

import java.util.List;
import java.util.Locale;

import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.text.Normalize;

/**
 * The refusal every value parser throws: one field, one bundle key. The rejected text is never an argument, so
 * an ID number or phone number cannot leak into a log line or a problem detail through the exception.
 */
final class Invalid {

	private Invalid() {
	}

	static InvalidInputException value(String field, String messageKey, Object... args) {
		return new InvalidInputException(List.of(FieldProblem.of(field, messageKey, args)));
	}

	/** Normalized, without whitespace, upper case; blank input is refused as missing. */
	static String compactUpper(String raw, String field) {
		String s = Normalize.compact(raw);
		if (s == null || s.isEmpty()) {
			throw value(field, "validation.required");
		}
		return s.toUpperCase(Locale.ROOT);
	}

	static boolean allDigits(String s, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}
}

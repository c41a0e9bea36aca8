package org.civicgrid.registry;

import org.civicgrid.shared.masking.Masking;
import org.civicgrid.shared.text.Normalize;

/**
 * A mainland China phone number: a mobile (1[3-9] and 9 more digits) or a landline with its area code (0 and
 * 2 or 3 digits, then a 7- or 8-digit local number). Parsing forgives spaces, dashes, brackets, a +86 or 0086
 * prefix and full-width digits. The area code's length follows the numbering plan: 010 and 020–029 are
 * three digits with the 0, all others four.
 *
 * @param value digits only for a mobile ({@code 13812345678}); area code, one '-', number for a landline
 *        ({@code 0371-65123456})
 */
public record PhoneNumber(String value) {

	static final String FIELD = "phone";

	public PhoneNumber {
		value = check(value);
	}

	public static PhoneNumber parse(String raw) {
		return new PhoneNumber(raw);
	}

	public boolean isMobile() {
		return value.charAt(0) == '1';
	}

	/** The area code with its leading 0, empty for a mobile. */
	public String areaCode() {
		int dash = value.indexOf('-');
		return dash < 0 ? "" : value.substring(0, dash);
	}

	public String masked() {
		return Masking.phone(value);
	}

	/** Masked, so that a log line never shows the number whole. */
	@Override
	public String toString() {
		return masked();
	}

	/** Without the hyphens and brackets people write in numbers: {@code (0371)6868-1234}. */
	private static String withoutSeparators(String text) {
		StringBuilder digits = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c != '-' && c != '(' && c != ')') {
				digits.append(c);
			}
		}
		return digits.toString();
	}

	private static String check(String raw) {
		String text = Normalize.compact(raw);
		if (text == null || text.isEmpty()) {
			throw Invalid.value(FIELD, "validation.required");
		}
		String digits = withoutCountryCode(withoutSeparators(text));
		if (!Invalid.allDigits(digits, 0, digits.length())) {
			throw Invalid.value(FIELD, "registry.phone.characters");
		}
		if (digits.startsWith("1")) {
			if (digits.length() != 11 || digits.charAt(1) < '3') {
				throw Invalid.value(FIELD, "registry.phone.mobile");
			}
			return digits;
		}
		if (digits.startsWith("0")) {
			int area = digits.startsWith("010") || digits.startsWith("02") ? 3 : 4;
			String local = digits.substring(Math.min(area, digits.length()));
			if (local.length() < 7 || local.length() > 8 || local.charAt(0) == '0' || local.charAt(0) == '1'
					|| digits.charAt(1) == '0' && area == 4) {
				throw Invalid.value(FIELD, "registry.phone.landline");
			}
			return digits.substring(0, area) + "-" + local;
		}
		throw Invalid.value(FIELD, "registry.phone.format");
	}

	private static String withoutCountryCode(String s) {
		if (s.startsWith("+86")) {
			return s.substring(3);
		}
		if (s.startsWith("0086")) {
			return s.substring(4);
		}
		if (s.startsWith("86") && s.length() == 13) {
			return s.substring(2);
		}
		return s;
	}
}

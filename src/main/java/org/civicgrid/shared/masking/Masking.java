package org.civicgrid.shared.masking;

/**
 * How personal identifiers are shown to someone who may not see them whole: enough to recognise, not enough to
 * use. ID numbers keep the region prefix and the last four ({@code 410105********123X}), mobiles the carrier
 * prefix and the last four ({@code 138****5678}). Null stays null.
 */
public final class Masking {

	private static final char MASK = '*';

	private Masking() {
	}

	/**
	 * An 18-character ID number keeps its first 6 and last 4; any other document number keeps its first and last
	 * character, and one of 2 characters or fewer is masked whole.
	 */
	public static String idNumber(String number) {
		if (number == null) {
			return null;
		}
		if (number.length() == 18) {
			return keep(number, 6, 4);
		}
		return number.length() <= 2 ? maskAll(number) : keep(number, 1, 1);
	}

	/**
	 * An 11-digit mobile keeps its first 3 and last 4; anything else (a landline such as {@code 0371-65123456})
	 * keeps its last 4 digits and its separators.
	 */
	public static String phone(String number) {
		if (number == null) {
			return null;
		}
		if (number.length() == 11 && number.chars().allMatch(Character::isDigit)) {
			return keep(number, 3, 4);
		}
		StringBuilder out = new StringBuilder(number);
		int digitsKept = 0;
		for (int i = out.length() - 1; i >= 0; i--) {
			char c = out.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				if (digitsKept < 4) {
					digitsKept++;
				}
				else {
					out.setCharAt(i, MASK);
				}
			}
		}
		return out.toString();
	}

	private static String keep(String s, int head, int tail) {
		return s.substring(0, head) + String.valueOf(MASK).repeat(s.length() - head - tail)
				+ s.substring(s.length() - tail);
	}

	private static String maskAll(String s) {
		return String.valueOf(MASK).repeat(s.length());
	}
}

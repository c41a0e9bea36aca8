package org.civicgrid.registry;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;

import org.civicgrid.shared.masking.Masking;

/**
 * A resident identity card number (公民身份号码) per GB 11643-1999: a 6-digit address code (its first two digits
 * a province), an 8-digit birth date, a 3-digit sequence whose last digit is odd for men and even for women,
 * and a check character by ISO 7064 MOD 11-2 (0–9 or X). Parsing forgives what people and spreadsheets do:
 * full-width digits, a lowercase x, spaces.
 *
 * @param value the canonical 18 characters, X upper case
 */
public record IdNumber(String value) {

	static final String FIELD = "idNumber";

	/** GB 11643-1999: W_i = 2^(17-i) mod 11 for the 17 digits, left to right. */
	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	/** The check character for (sum of weighted digits) mod 11. */
	private static final String CHECK = "10X98765432";

	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1880, 1, 1);

	public IdNumber {
		value = check(value, null);
	}

	/**
	 * Reads an ID number whose birth date is only checked to be a real date, as when reading back stored values;
	 * input from people should go through {@link #parse(String, LocalDate)}.
	 */
	public static IdNumber parse(String raw) {
		return new IdNumber(raw);
	}

	/** Reads an ID number and refuses a birth date after {@code today}. */
	public static IdNumber parse(String raw, LocalDate today) {
		return new IdNumber(check(raw, today));
	}

	/** Reads an ID number and refuses a birth date after today on {@code clock}. */
	public static IdNumber parse(String raw, Clock clock) {
		return parse(raw, LocalDate.now(clock));
	}

	public LocalDate birthDate() {
		return birthDateOf(value);
	}

	public Sex sex() {
		return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
	}

	/** The 6-digit address code where the number was first issued. */
	public String regionPrefix() {
		return value.substring(0, 6);
	}

	public String masked() {
		return Masking.idNumber(value);
	}

	/** Masked, so that a log line or a debugger never shows the number whole. */
	@Override
	public String toString() {
		return masked();
	}

	/** The ID number with its check character added to the first 17 characters (for generated demo data). */
	public static IdNumber complete(String first17, LocalDate today) {
		return parse(first17 + checkCharacter(first17), today);
	}

	/** The check character GB 11643-1999 gives the first 17 digits. */
	static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

	private static String check(String raw, LocalDate today) {
		String s = Invalid.compactUpper(raw, FIELD);
		if (s.length() != 18) {
			throw Invalid.value(FIELD, "registry.id-number.length");
		}
		char last = s.charAt(17);
		if (!Invalid.allDigits(s, 0, 17) || !(last == 'X' || (last >= '0' && last <= '9'))) {
			throw Invalid.value(FIELD, "registry.id-number.characters");
		}
		if (!ProvinceCodes.isValid(s)) {
			throw Invalid.value(FIELD, "registry.id-number.province");
		}
		LocalDate born;
		try {
			born = birthDateOf(s);
		}
		catch (DateTimeException e) {
			throw Invalid.value(FIELD, "registry.id-number.birth-date");
		}
		if (born.isBefore(EARLIEST_BIRTH)) {
			throw Invalid.value(FIELD, "registry.id-number.birth-date");
		}
		if (today != null && born.isAfter(today)) {
			throw Invalid.value(FIELD, "registry.id-number.birth-date-future");
		}
		if (checkCharacter(s) != last) {
			throw Invalid.value(FIELD, "registry.id-number.check-digit");
		}
		return s;
	}

	private static LocalDate birthDateOf(String s) {
		return LocalDate.of(Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)),
				Integer.parseInt(s.substring(12, 14)));
	}
}

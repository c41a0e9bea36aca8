package org.civicgrid.registry;

/**
 * A unified social credit code (统一社会信用代码) per GB 32100-2015: 18 characters from the set
 * {@code 0-9 A-H J-N P-R T U W-Y} (no I, O, Z, S, V): the registration authority (1), the organisation type within
 * it (1), the administrative division code (6 digits), the subject identifier (9, GB 11714) and a check character.
 *
 * @param value the canonical 18 characters, upper case
 */
public record CreditCode(String value) {

	static final String FIELD = "creditCode";

	/** GB 32100-2015 table 1: the characters and their values 0–30. */
	static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	/** GB 32100-2015: W_i = 3^(i-1) mod 31 for positions 1–17. */
	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	public CreditCode {
		value = check(value);
	}

	public static CreditCode parse(String raw) {
		return new CreditCode(raw);
	}

	/** Who registered the organisation: 1 机构编制, 5 民政, 9 市场监管 (工商), Y 其他… */
	public char registrationAuthority() {
		return value.charAt(0);
	}

	/** The organisation type within its authority, e.g. after 9: 1 企业, 2 个体工商户, 3 农民专业合作社. */
	public char organisationType() {
		return value.charAt(1);
	}

	/** The administrative division code of the registering authority (positions 3–8). */
	public String regionCode() {
		return value.substring(2, 8);
	}

	/** The subject identifier (主体标识码, GB 11714 organisation code), positions 9–17. */
	public String subjectCode() {
		return value.substring(8, 17);
	}

	/** The credit code with its check character added to the first 17 characters (for generated demo data). */
	public static CreditCode complete(String first17) {
		return parse(first17 + checkCharacter(first17));
	}

	/** The check character GB 32100-2015 gives the first 17 characters: 31 - (Σ C_i·W_i mod 31), 31 as 0. */
	static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CHARACTERS.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return CHARACTERS.charAt((31 - sum % 31) % 31);
	}

	private static String check(String raw) {
		String s = Invalid.compactUpper(raw, FIELD);
		if (s.length() != 18) {
			throw Invalid.value(FIELD, "registry.credit-code.length");
		}
		if (!s.chars().allMatch(c -> CHARACTERS.indexOf(c) >= 0)) {
			throw Invalid.value(FIELD, "registry.credit-code.characters");
		}
		if (!Invalid.allDigits(s, 2, 8)) {
			throw Invalid.value(FIELD, "registry.credit-code.region");
		}
		if (checkCharacter(s) != s.charAt(17)) {
			throw Invalid.value(FIELD, "registry.credit-code.check-character");
		}
		return s;
	}
}

package org.civicgrid.registry;

/**
 * Test ID numbers made from 17 digits and a check character computed here, independently of {@link IdNumber}:
 * weights 2^(17-i) mod 11, sum mod 11 mapped through "10X98765432" (GB 11643-1999).
 */
final class IdNumbers {

	private IdNumbers() {
	}

	static String withCheck(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int weight = 1;
			for (int k = 0; k < 17 - i; k++) {
				weight = weight * 2 % 11;
			}
			sum += Character.digit(first17.charAt(i), 10) * weight;
		}
		return first17 + "10X98765432".charAt(sum % 11);
	}

	/** The same number with a check character that is certainly wrong. */
	static String withWrongCheck(String first17) {
		char right = withCheck(first17).charAt(17);
		return first17 + (right == '0' ? '1' : '0');
	}

	/** A man born 1980-01-01 in 金水区, 郑州 (410105). */
	static final String MAN_1980 = withCheck("41010519800101123");

	/** A woman born 1949-12-31 in 朝阳区, 北京: the commonly cited sample number. */
	static final String SAMPLE = "11010519491231002X";
}

package org.civicgrid.registry;

/**
 * The first two digits of an administrative division code (GB/T 2260): the provinces, autonomous regions and
 * municipalities 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, Taiwan 71, Hong Kong 81, Macao 82, and 91 which
 * GB 11643 style numbers use for foreigners' permanent residence ID cards.
 */
final class ProvinceCodes {

	private ProvinceCodes() {
	}

	static boolean isValid(String code) {
		if (code == null || code.length() < 2 || !Invalid.allDigits(code, 0, 2)) {
			return false;
		}
		int p = Integer.parseInt(code.substring(0, 2));
		return (p >= 11 && p <= 15) || (p >= 21 && p <= 23) || (p >= 31 && p <= 37) || (p >= 41 && p <= 46)
				|| (p >= 50 && p <= 54) || (p >= 61 && p <= 65) || p == 71 || p == 81 || p == 82 || p == 91;
	}
}

package org.civicgrid.registry;

/**
 * The code of one city management component (部件: a manhole cover, a street light, a bin) per GB/T 30428.2:
 * 16 digits, the county code (6, GB/T 2260), the big class (2, see {@link ComponentClass}), the small class (2,
 * 01–99) and a serial number within the county and small class (6, from 000001).
 *
 * @param value the canonical 16 digits
 */
public record ComponentCode(String value) {

	static final String FIELD = "componentCode";

	public ComponentCode {
		value = check(value);
	}

	public static ComponentCode parse(String raw) {
		return new ComponentCode(raw);
	}

	public String countyCode() {
		return value.substring(0, 6);
	}

	public ComponentClass bigClass() {
		return ComponentClass.ofCode(value.substring(6, 8));
	}

	/** The small class (小类) within the big class, two digits. */
	public String smallClass() {
		return value.substring(8, 10);
	}

	/** Big and small class together, the four digits the event catalog keys components by. */
	public String classCode() {
		return value.substring(6, 10);
	}

	public String serial() {
		return value.substring(10);
	}

	private static String check(String raw) {
		String s = Invalid.compactUpper(raw, FIELD);
		if (s.length() != 16) {
			throw Invalid.value(FIELD, "registry.component-code.length");
		}
		if (!Invalid.allDigits(s, 0, 16)) {
			throw Invalid.value(FIELD, "registry.component-code.characters");
		}
		if (!ProvinceCodes.isValid(s)) {
			throw Invalid.value(FIELD, "registry.component-code.county");
		}
		if (ComponentClass.ofCode(s.substring(6, 8)) == null) {
			throw Invalid.value(FIELD, "registry.component-code.big-class", s.substring(6, 8));
		}
		if (s.startsWith("00", 8)) {
			throw Invalid.value(FIELD, "registry.component-code.small-class");
		}
		if (s.endsWith("000000")) {
			throw Invalid.value(FIELD, "registry.component-code.serial");
		}
		return s;
	}
}

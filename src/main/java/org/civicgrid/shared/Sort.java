package org.civicgrid.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ?sort=field,asc|desc} as every list reads it: a field name of the list's whitelist ({@link SortColumns})
 * and a direction (ascending when left out). The field is only ever looked up, never written into SQL.
 */
public record Sort(String field, boolean ascending) {

	private static final Pattern WIRE = Pattern.compile("([A-Za-z][A-Za-z0-9]{0,39})(?:,(asc|desc))?",
			Pattern.CASE_INSENSITIVE);

	public static Sort asc(String field) {
		return new Sort(field, true);
	}

	public static Sort desc(String field) {
		return new Sort(field, false);
	}

	/** The sort a parameter asks for, null when blank; a malformed one is a 400 naming {@code sort}. */
	public static Sort parse(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		Matcher m = WIRE.matcher(raw.strip());
		if (!m.matches()) {
			throw InvalidInputException.of("sort", "validation.sort-format", raw.strip());
		}
		return new Sort(m.group(1), m.group(2) == null || m.group(2).equalsIgnoreCase("asc"));
	}

	/** As a page would ask for it again: malformed is no sort at all. */
	public static Sort parseOrNull(String raw) {
		try {
			return parse(raw);
		}
		catch (InvalidInputException e) {
			return null;
		}
	}

	public Sort reversed() {
		return new Sort(field, !ascending);
	}

	/** {@code deadline,asc}: the parameter's value. */
	public String wire() {
		return field + "," + (ascending ? "asc" : "desc");
	}

	String sql() {
		return ascending ? "asc" : "desc";
	}
}

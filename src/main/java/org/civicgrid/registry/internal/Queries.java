package org.civicgrid.registry.internal;

import org.civicgrid.region.RegionLevel;
import org.civicgrid.shared.InvalidInputException;

/** Query parameters the registry's searches share. */
final class Queries {

	private Queries() {
	}

	/** A region code as a LIKE prefix pattern, null when blank; a malformed code is a 400 naming {@code region}. */
	static String regionPattern(String raw) {
		String code = Fields.code(raw);
		if (code == null) {
			return null;
		}
		if (RegionLevel.ofCode(code).isEmpty()) {
			throw InvalidInputException.of("region", "registry.person.region-format", code);
		}
		return code + "%";
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}

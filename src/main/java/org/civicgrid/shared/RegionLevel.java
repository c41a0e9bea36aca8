package org.civicgrid.shared;

import java.util.Optional;

/**
 * The levels of the grid hierarchy and the length of their codes: the national statistical county (6) and
 * street (9) codes, a community adds 3 digits (12), a grid 3 more (15, numbered west to east, north to
 * south), a building courtyard 3 more (18).
 */
public enum RegionLevel {
	DISTRICT(6), STREET(9), COMMUNITY(12), GRID(15), BUILDING(18);

	private final int codeLength;

	RegionLevel(int codeLength) {
		this.codeLength = codeLength;
	}

	public int codeLength() {
		return codeLength;
	}

	public Optional<RegionLevel> parent() {
		return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
	}

	public Optional<RegionLevel> child() {
		return ordinal() == values().length - 1 ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
	}

	/** The level a well-formed code belongs to, by its length; empty for anything else. */
	public static Optional<RegionLevel> ofCode(String code) {
		return RegionCode.parse(code).map(RegionCode::level);
	}
}

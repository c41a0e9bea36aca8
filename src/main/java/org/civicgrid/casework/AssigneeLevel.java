package org.civicgrid.casework;

import java.util.Optional;

import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;

/**
 * The tiers a case climbs (小事不出网格、大事不出社区): what a grid cannot fix goes to the community, then the
 * street, then the responsible department; special and major matters go to the district. Declared bottom-up.
 */
public enum AssigneeLevel {

	GRID(RegionLevel.GRID), COMMUNITY(RegionLevel.COMMUNITY), STREET(RegionLevel.STREET), DEPARTMENT(null),
	DISTRICT(RegionLevel.DISTRICT);

	private final RegionLevel regionLevel;

	AssigneeLevel(RegionLevel regionLevel) {
		this.regionLevel = regionLevel;
	}

	/** The level of the region a unit at this tier is; empty for a department, which is no region. */
	public Optional<RegionLevel> regionLevel() {
		return Optional.ofNullable(regionLevel);
	}

	/** The tier a unit whose code is that region answers at: a region code names a grid, community, street or district. */
	public static Optional<AssigneeLevel> of(RegionCode unit) {
		for (AssigneeLevel level : values()) {
			if (level.regionLevel == unit.level()) {
				return Optional.of(level);
			}
		}
		return Optional.empty();
	}

	public boolean isAbove(AssigneeLevel other) {
		return compareTo(other) > 0;
	}
}

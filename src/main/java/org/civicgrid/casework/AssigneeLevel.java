package org.civicgrid.casework;

/**
 * The tiers a case climbs (小事不出网格、大事不出社区): what a grid cannot fix goes to the community, then the
 * street, then the responsible department; special and major matters go to the district. Declared bottom-up.
 */
public enum AssigneeLevel {

	GRID, COMMUNITY, STREET, DEPARTMENT, DISTRICT;

	public boolean isAbove(AssigneeLevel other) {
		return compareTo(other) > 0;
	}
}

package org.civicgrid.services.internal.halls;

import org.civicgrid.shared.RegionLevel;

/**
 * The three levels of halls (三级服务): the street's public service centre (便民服务中心), a community's one-stop
 * hall (一站式服务大厅) and a grid's door-to-door service (网格上门服务), where the grid's worker serves the
 * resident at home; each serves the region of its own level.
 */
public enum HallLevel {
	STREET_CENTRE(RegionLevel.STREET), COMMUNITY_HALL(RegionLevel.COMMUNITY), GRID_DOOR(RegionLevel.GRID);

	private final RegionLevel serves;

	HallLevel(RegionLevel serves) {
		this.serves = serves;
	}

	/** The level of the region a hall of this level serves: a street, a community or a grid. */
	public RegionLevel serves() {
		return serves;
	}

	/** Whether the hall's staff come to the resident's home: only catalog items done at home are served there. */
	public boolean atHome() {
		return this == GRID_DOOR;
	}

	/** The constant of that name, or null. */
	public static HallLevel parse(String name) {
		for (HallLevel level : values()) {
			if (level.name().equals(name)) {
				return level;
			}
		}
		return null;
	}
}

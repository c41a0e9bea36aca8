package org.civicgrid.registry;

import java.math.BigDecimal;

/** A house with how many registered people live in it (members of households in the house). */
public record HouseView(long id, String buildingCode, String gridCode, int unit, int floor, String room,
		Occupancy occupancy, BigDecimal area, String use, String address, int residents, int version) {

	/** 2单元 5层 502: how people name a flat. */
	public String label() {
		return unit + "-" + floor + "-" + room;
	}
}

package org.civicgrid.registry;

import java.math.BigDecimal;

/**
 * A house or room (房屋) as typed; building, unit, floor and room are its natural key. The building must exist in
 * the region hierarchy (a missing one is reported, not invented). {@code use} is free text: 住宅, 商铺, 办公…
 */
public record NewHouse(String buildingCode, Integer unit, Integer floor, String room, Occupancy occupancy,
		BigDecimal area, String use, String address) {
}

package org.civicgrid.registry;

import java.util.List;

/**
 * A building with its houses, for the units × floors grid: {@code record} is null while nobody has recorded the
 * building's floors and units yet; {@code houses} are ordered by unit, floor (top first) and room.
 */
public record BuildingView(String code, String name, String gridCode, BuildingRecordView record,
		List<HouseView> houses) {
}

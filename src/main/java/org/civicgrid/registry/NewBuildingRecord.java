package org.civicgrid.registry;

/**
 * What the registry keeps about a building beyond its region (level BUILDING): address, floors, units, property
 * company and building leader (楼栋长). {@code code} is the building's 18-digit region code, the natural key.
 */
public record NewBuildingRecord(String code, String address, Integer floors, Integer units, String propertyCompany,
		String buildingLeader) {
}

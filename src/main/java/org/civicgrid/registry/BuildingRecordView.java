package org.civicgrid.registry;

import java.time.Instant;

/** A building's record as stored; {@code name} is the region's name. */
public record BuildingRecordView(long id, String code, String name, String gridCode, String address, int floors,
		int units, String propertyCompany, String buildingLeader, Instant updatedAt, int version) {
}

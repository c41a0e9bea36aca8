package org.civicgrid.registry;

/** How a house is lived in (房屋性质): by its owner, by a tenant, or not at all. */
public enum Occupancy {
	/** 自住. */
	OWNER_OCCUPIED,
	/** 出租. */
	RENTED,
	/** 空置. */
	VACANT
}

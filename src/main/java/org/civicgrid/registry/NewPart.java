package org.civicgrid.registry;

/**
 * An infrastructure part (部件) as typed, keyed by its 16-digit component code (GB/T 30428.2). Its grid is the
 * given one or, without it, the grid its WGS-84 location lies in. State defaults to in use.
 */
public record NewPart(String code, String name, String ownerUnit, String maintainer, PartState state, Double lat,
		Double lng, String gridCode) {
}

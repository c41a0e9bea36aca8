package org.civicgrid.registry;

/** A part as stored, with its class code (big + small class) and the big class's Chinese name. */
public record PartView(long id, String code, String classCode, String className, String name, String ownerUnit,
		String maintainer, PartState state, Double lat, Double lng, String gridCode, int version) {
}

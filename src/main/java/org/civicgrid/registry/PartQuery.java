package org.civicgrid.registry;

/**
 * Parts to find: {@code code} a prefix of the component code, {@code classCode} the four digits of big and small
 * class, {@code region} a region code prefix (a grid code for one grid). Blank criteria are ignored.
 */
public record PartQuery(String code, String classCode, PartState state, String region) {
}

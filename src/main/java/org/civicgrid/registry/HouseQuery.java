package org.civicgrid.registry;

/**
 * Houses to find: {@code address} is a substring of the address, {@code buildingCode} exact, {@code occupancy}
 * one of {@link Occupancy}, {@code region} a region code prefix. Blank criteria are ignored.
 */
public record HouseQuery(String address, String buildingCode, Occupancy occupancy, String region) {
}

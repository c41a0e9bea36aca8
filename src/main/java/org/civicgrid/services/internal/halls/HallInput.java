package org.civicgrid.services.internal.halls;

/**
 * A hall as an admin or the street's staff write it: its code, name, level ({@code STREET_CENTRE},
 * {@code COMMUNITY_HALL}, {@code GRID_DOOR}), the region it serves (a street, a community or a grid to match) and
 * its address. Code, level and region are fixed once the hall exists (its bookings belong to that region).
 */
public record HallInput(String code, String name, String level, String regionCode, String address) {
}

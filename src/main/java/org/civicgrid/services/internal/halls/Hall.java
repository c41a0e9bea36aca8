package org.civicgrid.services.internal.halls;

/** A service hall; {@code regionCode} is the street or community it serves, which scopes its staff. */
public record Hall(String code, String name, HallLevel level, String regionCode, String address) {
}

package org.civicgrid.registry;

/** Households to find: {@code q} a part of the number or the address, {@code region} a region code prefix. */
public record HouseholdQuery(String q, String region) {
}

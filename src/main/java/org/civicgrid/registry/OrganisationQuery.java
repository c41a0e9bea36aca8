package org.civicgrid.registry;

/** Organisations to find: {@code q} a part of the name or a whole credit code, {@code region} a code prefix. */
public record OrganisationQuery(String q, String region) {
}

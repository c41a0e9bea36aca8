package org.civicgrid.registry;

import java.time.Instant;

/** An organisation as staff see it: {@code contactPhone} masked; {@link Organisations#reveal} gives it whole. */
public record OrganisationView(long id, String creditCode, String name, String type, String legalRepresentative,
		String contactPhone, Integer employees, String address, String gridCode, Instant updatedAt, int version) {
}

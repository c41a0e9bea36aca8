package org.civicgrid.registry.internal;

import java.time.Instant;

/** A row of the person table, its identifiers opened. */
record StoredPerson(long id, PersonData data, Instant createdAt, Instant updatedAt, int version) {
}

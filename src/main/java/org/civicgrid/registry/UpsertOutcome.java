package org.civicgrid.registry;

/** What an upsert by natural key did: the import report counts rows by it. */
public enum UpsertOutcome {
	/** No record had the key: one was created. */
	CREATED,
	/** The record existed and at least one field changed (kept in its history). */
	UPDATED,
	/** The record existed with the same fields: nothing written, no history entry. */
	UNCHANGED
}

package org.civicgrid.registry;

/** The record after an upsert by natural key, and whether it was created, updated or left unchanged. */
public record Upserted<T>(T item, UpsertOutcome outcome) {
}

package org.civicgrid.registry;

import java.time.Instant;
import java.util.Map;

/**
 * One change to a house, household, building record, organisation or part: who, when, from which source, and per
 * field its old and new value ({@code from}/{@code to}); phone numbers appear only masked.
 */
public record HistoryEntry(Instant at, String actor, ChangeSource source, Map<String, Object> changes) {
}

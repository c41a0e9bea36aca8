package org.civicgrid.registry;

import java.time.Instant;
import java.util.Map;

/**
 * One change to a person: who, when, from where, and per field its old and new value ({@code from}/{@code to});
 * identifiers appear only masked.
 */
public record PersonHistoryEntry(Instant at, String actor, ChangeSource source, Map<String, Object> changes) {
}

package org.civicgrid.registry;

import java.time.Instant;

/**
 * An upload being imported or imported: {@code total} data rows read so far, each of them {@code imported} (new),
 * {@code updated}, {@code unchanged} or {@code rejected}; {@code progress} in percent of the file read.
 * {@code error} says in the caller's language why a FAILED job stopped.
 */
public record ImportJob(long id, String kind, ImportState state, String filename, String owner, int total,
		int imported, int updated, int unchanged, int rejected, int progress, String error, Instant createdAt,
		Instant finishedAt) {
}

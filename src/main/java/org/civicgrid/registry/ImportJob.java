package org.civicgrid.registry;

import java.time.Instant;
import java.util.List;

/**
 * An upload being imported or imported: {@code total} data rows read so far, each of them {@code imported} (new),
 * {@code updated}, {@code unchanged} or {@code rejected}; {@code warned} of the rows taken (imported, updated or
 * unchanged) were taken with a correction, and {@code warnings} lists the first of those warnings
 * ({@link RegistryImports#WARNINGS_SHOWN}; all of them are in the result workbook); {@code progress} in percent
 * of the file read. {@code error} says in the caller's language why a FAILED job stopped.
 */
public record ImportJob(long id, String kind, ImportState state, String filename, String owner, int total,
		int imported, int updated, int unchanged, int rejected, int warned, int progress, String error,
		Instant createdAt, Instant finishedAt, List<ImportWarning> warnings) {
}

package org.civicgrid.workforce.internal;

import java.time.LocalDate;

/** A daily log in a list: the grid, the day, the households, how many 四有 entries and open problems, the writer. */
public record LogSummary(long id, String gridCode, LocalDate day, int households, int entries, boolean problems,
		String writerName) {
}

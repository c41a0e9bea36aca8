package org.civicgrid.workforce.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A grid's daily log (民情日志) as read: the day's figures and notes, the 四有 entries, who wrote it and its version. */
public record DailyLog(long id, String gridCode, LocalDate day, int households, String resources, String care,
		String needs, String problems, String notes, List<Entry> entries, String writtenBy, String writerName,
		Instant createdAt, Instant updatedAt, int version) {

	/** One entry of the 四有, with the registry person it concerns (their name, masked nothing: names are shown). */
	public record Entry(EntryKind kind, Long personId, String personName, String text) {
	}
}

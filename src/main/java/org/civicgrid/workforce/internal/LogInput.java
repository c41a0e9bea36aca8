package org.civicgrid.workforce.internal;

import java.util.List;

/**
 * What a grid worker writes for a day: households visited, resources, people needing care, needs heard, open
 * problems, notes and the 四有 entries; {@code version} when editing, to refuse a stale copy.
 */
public record LogInput(Integer households, String resources, String care, String needs, String problems,
		String notes, List<EntryInput> entries, Integer version) {

	public LogInput {
		entries = entries == null ? List.of() : entries;
	}

	/** One entry: its kind ({@code CONTACT}, {@code ARCHIVE}, {@code HELP}, {@code DONE}), the person, the words. */
	public record EntryInput(String kind, Long personId, String text) {
	}
}

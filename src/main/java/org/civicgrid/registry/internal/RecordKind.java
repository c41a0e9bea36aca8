package org.civicgrid.registry.internal;

/**
 * The records that keep a history, each in its own table of one row per change: person_history names its record
 * person_id, the tables of the records beside people (shaped like it) record_id.
 */
enum RecordKind {
	PERSON("person_history", "person_id"), BUILDING("building_record_history", "record_id"),
	HOUSE("house_history", "record_id"), HOUSEHOLD("household_history", "record_id"),
	ORGANISATION("organisation_history", "record_id"), PART("part_history", "record_id");

	private final String historyTable;
	private final String recordColumn;

	RecordKind(String historyTable, String recordColumn) {
		this.historyTable = historyTable;
		this.recordColumn = recordColumn;
	}

	String historyTable() {
		return historyTable;
	}

	String recordColumn() {
		return recordColumn;
	}
}

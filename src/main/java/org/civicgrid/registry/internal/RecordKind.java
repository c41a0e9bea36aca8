package org.civicgrid.registry.internal;

/** The records beside people that keep a history, each in its own table shaped like person_history. */
enum RecordKind {
	BUILDING("building_record_history"), HOUSE("house_history"), HOUSEHOLD("household_history"),
	ORGANISATION("organisation_history"), PART("part_history");

	private final String historyTable;

	RecordKind(String historyTable) {
		this.historyTable = historyTable;
	}

	String historyTable() {
		return historyTable;
	}
}

package org.civicgrid.shared.time;

/** How a time limit runs: on the wall clock, or only while the office is open. */
public enum TimeUnitKind {

	/** Every minute counts, nights, weekends and holidays included (自然时). */
	NATURAL,

	/** Only office hours on working days count (工作时, 工作日). */
	WORKING
}

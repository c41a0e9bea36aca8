package org.civicgrid.services.internal.halls;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A counter's staff on one day: its A and B (username and name), whether each is away, who is on duty and by which
 * post ({@link DutyCover}); {@code warning} when both are away and nobody serves.
 */
public record CounterDuty(int number, String name, LocalDate date, String staffA, String staffAName, boolean aAway,
		String staffB, String staffBName, boolean bAway, DutyCover cover, String onDuty, String onDutyName) {

	@JsonProperty("warning")
	public boolean warning() {
		return cover == DutyCover.UNCOVERED;
	}
}

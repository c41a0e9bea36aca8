package org.civicgrid.workforce.internal;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A search of daily logs within the caller's scope: a region (a grid, or a community for all its grids), a span of
 * days, and only the logs that name open problems.
 */
public record LogQuery(String regionCode, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Boolean openProblems) {

	public boolean onlyOpen() {
		return Boolean.TRUE.equals(openProblems);
	}
}

package org.civicgrid.casework.internal;

import java.time.LocalDate;

/**
 * What {@code GET /api/v1/cases/indicators} asks: the report days (both inclusive, in the calendar's zone), how to
 * group (by the regions one level under {@code region}, by department, by assignee) and the region to look at
 * (the caller's own when left out).
 */
public record IndicatorQuery(LocalDate from, LocalDate to, GroupBy groupBy, String region) {

	public enum GroupBy {
		REGION, DEPARTMENT, PERSON
	}
}

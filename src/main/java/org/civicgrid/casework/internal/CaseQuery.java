package org.civicgrid.casework.internal;

import java.time.LocalDate;

import org.civicgrid.casework.CaseStatus;
import org.civicgrid.casework.Colour;

/**
 * Filters of the case list, all optional and combined with "and", always within what the caller may see.
 *
 * @param region a region code prefix (a community, a grid)
 * @param assignee a unit code or a username the case is assigned to
 * @param from first day reported (Asia/Shanghai), inclusive
 * @param to last day reported, inclusive
 * @param text words in the description or address, or the case number
 */
public record CaseQuery(CaseStatus status, Colour colour, String category, String region, String assignee,
		LocalDate from, LocalDate to, String text) {

	public static CaseQuery all() {
		return new CaseQuery(null, null, null, null, null, null, null, null);
	}
}

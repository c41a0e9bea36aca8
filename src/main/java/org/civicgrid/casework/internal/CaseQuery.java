package org.civicgrid.casework.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.civicgrid.casework.CaseStatus;
import org.civicgrid.casework.Colour;
import org.civicgrid.shared.SortColumns;

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

	/**
	 * What the case lists sort by: the status in the loop's order (not the alphabet's), newest first when nothing
	 * is asked for.
	 */
	public static final SortColumns SORTS = SortColumns.byDefault(" order by created_at desc, id desc")
		.field("number", "number")
		.field("status", Arrays.stream(CaseStatus.values()).map(s -> "'" + s.name() + "'")
			.collect(Collectors.joining(", ", "array_position(array[", "], status::text)")))
		.field("category", "category_code")
		.field("grid", "grid_code")
		.field("deadline", "deadline")
		.field("reported", "created_at")
		.tieBreak("id");

	public static CaseQuery all() {
		return new CaseQuery(null, null, null, null, null, null, null, null);
	}
}

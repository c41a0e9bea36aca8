package org.civicgrid.casework.internal;

import org.civicgrid.casework.Colour;
import org.civicgrid.shared.SortColumns;

/**
 * The search of the supervision board's cases, every criterion optional and combined with and, always among the red
 * and yellow cases the caller sees.
 *
 * @param text the case number, or words of the description or address
 * @param colour red or yellow
 * @param category a category code or its prefix (E01 for every 市容环境 case)
 * @param grid a region code prefix of the case's grid
 * @param unit the unit the case is assigned to, exactly
 */
public record SupervisionQuery(String text, Colour colour, String category, String grid, String unit) {

	/**
	 * What the board's cases sort by; the most overdue first when nothing is asked for. {@code overdue} is how long
	 * past the deadline a case is at the instant its colour is measured (negative: time still left).
	 */
	public static final SortColumns SORTS = SortColumns
		.byDefault(" order by deadline - coalesce(clock_stopped_at, :now), id")
		.field("overdue", "coalesce(clock_stopped_at, :now) - deadline")
		.field("number", "number")
		.field("category", "category_code")
		.field("grid", "grid_code")
		.field("unit", "assignee_unit")
		.field("deadline", "deadline")
		.tieBreak("id");

	public static SupervisionQuery all() {
		return new SupervisionQuery(null, null, null, null, null);
	}
}

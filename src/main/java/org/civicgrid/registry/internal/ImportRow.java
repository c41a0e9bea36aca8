package org.civicgrid.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.civicgrid.shared.FieldProblem;

/**
 * One data row: its number in the file, its cells as they came, the cell under each matched column, and the
 * warnings a kind raised while reading it (a value it corrected and still imports), each at the row's number.
 */
record ImportRow(int number, List<String> cells, Map<String, Integer> columnOfField, List<FieldProblem> warnings) {

	ImportRow(int number, List<String> cells, Map<String, Integer> columnOfField) {
		this(number, cells, columnOfField, new ArrayList<>());
	}

	/** The cell under the column of {@code field}, or null when the file has no such column. */
	String get(String field) {
		Integer col = columnOfField.get(field);
		return col == null || col >= cells.size() ? null : cells.get(col);
	}

	boolean isBlank() {
		return cells.stream().allMatch(c -> c == null || c.isBlank());
	}

	/** The row is imported, but {@code field} was not taken as given: the report says so. */
	void warn(String field, String messageKey, Object... args) {
		warnings.add(FieldProblem.at(number, field, messageKey, args));
	}
}

package org.civicgrid.registry.internal;

import java.util.List;
import java.util.Map;

/** One data row: its number in the file, its cells as they came, and the cell under each matched column. */
record ImportRow(int number, List<String> cells, Map<String, Integer> columnOfField) {

	/** The cell under the column of {@code field}, or null when the file has no such column. */
	String get(String field) {
		Integer col = columnOfField.get(field);
		return col == null || col >= cells.size() ? null : cells.get(col);
	}

	boolean isBlank() {
		return cells.stream().allMatch(c -> c == null || c.isBlank());
	}
}

package org.civicgrid.registry.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the header of a sheet among its first rows and matches its cells to a kind's columns by name, in any
 * order. Title rows above it are skipped. A header may span rows, as merged cells leave it: a group title merged
 * across columns above, or a header merged down over two rows with the second row filling the gaps. The header
 * is every consecutive row in which at least half the filled cells are known column names; the first row after it
 * is data.
 */
final class HeaderBlock {

	/** Rows looked at for a header before giving up. */
	static final int SEARCH_ROWS = 20;

	private final List<ImportColumn> columns;
	private final Map<String, Integer> columnOfField = new HashMap<>();
	private final List<String> headers = new ArrayList<>();
	private boolean started;
	private boolean done;
	private int seen;

	HeaderBlock(List<ImportColumn> columns) {
		this.columns = columns;
	}

	/** True when the row belongs to the header or comes before it; false for a data row. */
	boolean offer(List<String> cells) {
		if (done) {
			return false;
		}
		seen++;
		int matched = 0;
		int filled = 0;
		for (String cell : cells) {
			if (!ImportColumn.clean(cell).isEmpty()) {
				filled++;
				if (column(cell) != null) {
					matched++;
				}
			}
		}
		if (matched > 0 && matched * 2 >= filled) {
			started = true;
			for (int i = 0; i < cells.size(); i++) {
				ImportColumn column = column(cells.get(i));
				while (headers.size() <= i) {
					headers.add("");
				}
				if (column != null) {
					columnOfField.putIfAbsent(column.field(), i);
					headers.set(i, ImportColumn.clean(cells.get(i)));
				}
				else if (headers.get(i).isEmpty()) {
					headers.set(i, cells.get(i).strip());
				}
			}
			return true;
		}
		if (started) {
			done = true;
			return false;
		}
		return true;
	}

	boolean found() {
		return started;
	}

	/** Whether enough rows went by without a header to stop looking. */
	boolean givenUp() {
		return !started && seen >= SEARCH_ROWS;
	}

	/** The headers of required columns the file lacks, in template order. */
	List<String> missing() {
		return columns.stream().filter(c -> c.required() && !columnOfField.containsKey(c.field()))
			.map(ImportColumn::label).toList();
	}

	Map<String, Integer> columnOfField() {
		return Map.copyOf(columnOfField);
	}

	/** The header text of each column as the file names it, for the rejects sheet. */
	List<String> headers() {
		return List.copyOf(headers);
	}

	private ImportColumn column(String cell) {
		for (ImportColumn c : columns) {
			if (c.matches(cell)) {
				return c;
			}
		}
		return null;
	}
}

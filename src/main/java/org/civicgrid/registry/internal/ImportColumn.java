package org.civicgrid.registry.internal;

import java.util.List;
import java.util.Map;

import org.civicgrid.shared.text.Normalize;

/**
 * A column of an import template: the Chinese header people see, the field name problems use (the API's),
 * whether the header must be present, an example value for the template, and other headers that mean the same.
 */
record ImportColumn(String label, String field, boolean required, String example, List<String> aliases) {

	static ImportColumn required(String label, String field, String example, String... aliases) {
		return new ImportColumn(label, field, true, example, List.of(aliases));
	}

	static ImportColumn optional(String label, String field, String example, String... aliases) {
		return new ImportColumn(label, field, false, example, List.of(aliases));
	}

	/** A further example row: the columns' examples with the cells of {@code byField} (field → cell) in their place. */
	static List<String> exampleWith(List<ImportColumn> columns, Map<String, String> byField) {
		return columns.stream().map(c -> byField.getOrDefault(c.field(), c.example())).toList();
	}

	/** Whether a header cell names this column: marks such as {@code *} or {@code (必填)} and spaces ignored. */
	boolean matches(String header) {
		String h = clean(header);
		return !h.isEmpty() && (h.equals(label) || aliases.contains(h));
	}

	static String clean(String header) {
		String h = Normalize.compact(header);
		if (h == null) {
			return "";
		}
		return h.replace("*", "").replace("(必填)", "").replace("(选填)", "").replace(":", "");
	}
}

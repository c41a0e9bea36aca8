package org.civicgrid.registry.vault;

import java.util.List;

/**
 * A table column holding values sealed by the vault, so a key rotation reseals it: the registry lists its own; a
 * module keeping sealed values in its own tables declares a bean of this type for each such column (casework: the
 * reporter's contact). The key columns are the table's primary key, whole numbers. The vault page names the
 * column through the bundles as {@code vault.column.<table>.<column>}, which the declaring module adds to both.
 */
public record SealedColumn(String table, String column, List<String> key) {

	public SealedColumn {
		key = List.copyOf(key);
	}

	public String name() {
		return table + "." + column;
	}
}

package org.civicgrid.casework.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.civicgrid.casework.AssigneeLevel;
import org.civicgrid.casework.CaseCatalog;
import org.civicgrid.casework.Category;

/**
 * The categories a street office files cases under, by code ({@code E0102}). Starts from the checked catalog file;
 * once the table holds the catalog ({@link CatalogTable}) it is a snapshot of the table, replaced after every local
 * edit and re-read at most {@value #MAX_AGE_SECONDS} s after an edit on another node.
 */
final class Catalog implements CaseCatalog {

	static final long MAX_AGE_SECONDS = 30;

	private volatile Snapshot snapshot;
	private volatile Supplier<List<CategoryDefinition>> source;

	Catalog(List<Category> categories) {
		Map<String, Category> byCode = new LinkedHashMap<>();
		categories.forEach(category -> byCode.put(category.code(), category));
		this.snapshot = new Snapshot(byCode, Map.of(), System.nanoTime());
	}

	/** From now on the catalog is the table's: read it now and again when the snapshot is old. */
	void readFrom(Supplier<List<CategoryDefinition>> table) {
		this.source = table;
		reload();
	}

	void reload() {
		Supplier<List<CategoryDefinition>> table = source;
		if (table == null) {
			return;
		}
		Map<String, Category> byCode = new LinkedHashMap<>();
		Map<String, AssigneeLevel> escalation = new LinkedHashMap<>();
		for (CategoryDefinition definition : table.get()) {
			byCode.put(definition.code(), definition.toCategory());
			if (definition.escalateTo() != null) {
				escalation.put(definition.code(), definition.escalateTo());
			}
		}
		snapshot = new Snapshot(byCode, escalation, System.nanoTime());
	}

	private Snapshot current() {
		Snapshot s = snapshot;
		if (source != null && System.nanoTime() - s.readAt() > TimeUnit.SECONDS.toNanos(MAX_AGE_SECONDS)) {
			reload();
			s = snapshot;
		}
		return s;
	}

	Optional<Category> find(String code) {
		return Optional.ofNullable(current().byCode().get(code));
	}

	/** The level the category's escalations jump to, when the catalog sets one. */
	Optional<AssigneeLevel> escalationOf(String code) {
		return Optional.ofNullable(current().escalation().get(code));
	}

	List<Category> all() {
		return List.copyOf(current().byCode().values());
	}

	@Override
	public List<Category> categories() {
		return all();
	}

	List<Category> of(Category.Kind kind) {
		return all().stream().filter(category -> category.kind() == kind).toList();
	}

	private record Snapshot(Map<String, Category> byCode, Map<String, AssigneeLevel> escalation, long readAt) {
	}
}

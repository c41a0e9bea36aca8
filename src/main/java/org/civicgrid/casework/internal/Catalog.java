package org.civicgrid.casework.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civicgrid.casework.CaseCatalog;
import org.civicgrid.casework.Category;

/** The categories a street office files cases under, by code ({@code E0102}). */
final class Catalog implements CaseCatalog {

	private final Map<String, Category> byCode = new LinkedHashMap<>();

	Catalog(List<Category> categories) {
		categories.forEach(category -> byCode.put(category.code(), category));
	}

	Optional<Category> find(String code) {
		return Optional.ofNullable(byCode.get(code));
	}

	List<Category> all() {
		return List.copyOf(byCode.values());
	}

	@Override
	public List<Category> categories() {
		return all();
	}

	List<Category> of(Category.Kind kind) {
		return byCode.values().stream().filter(category -> category.kind() == kind).toList();
	}
}

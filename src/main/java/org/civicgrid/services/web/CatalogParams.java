package org.civicgrid.services.web;

import org.civicgrid.services.internal.CatalogQuery;
import org.civicgrid.services.internal.LifeEvent;
import org.civicgrid.services.internal.ServiceCategory;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.PageRequest;

/** A catalog search from its request parameters, a category or life event unknown named as its parameter. */
final class CatalogParams {

	private CatalogParams() {
	}

	static CatalogQuery query(String q, String category, String event, PageRequest page) {
		ServiceCategory c = null;
		if (category != null && !category.isBlank()) {
			c = ServiceCategory.parse(category);
			if (c == null) {
				throw InvalidInputException.of("category", "services.search.category-unknown", category.strip());
			}
		}
		LifeEvent e = null;
		if (event != null && !event.isBlank()) {
			e = LifeEvent.parse(event);
			if (e == null) {
				throw InvalidInputException.of("event", "services.search.event-unknown", event.strip());
			}
		}
		return new CatalogQuery(q, c, e, page);
	}
}

package org.civicgrid.services.web;

import java.util.List;

import org.civicgrid.shared.web.PublicReads;
import org.springframework.stereotype.Component;

/** The published catalog is public: a resident reads it, its 一次性告知单 and its PDF without an account. */
@Component
class CatalogPublicReads implements PublicReads {

	@Override
	public List<String> pages() {
		return List.of("/services/catalog", "/services/catalog/items/*", "/services/catalog/items/*/notice.pdf");
	}

	@Override
	public List<String> api() {
		return List.of("/api/v1/services/catalog/items", "/api/v1/services/catalog/items/*",
				"/api/v1/services/catalog/items/*/notice.pdf", "/api/v1/services/catalog/categories");
	}
}

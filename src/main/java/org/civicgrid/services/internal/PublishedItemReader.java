package org.civicgrid.services.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** The published version of an item, for the parts of the module outside the catalog (a request, an agency matter). */
@Component
public class PublishedItemReader {

	private final StoredItems items;

	PublishedItemReader(StoredItems items) {
		this.items = items;
	}

	/** The item residents read now; empty when the code is unknown or was never published. */
	public Optional<ServiceItem> published(String code) {
		return code == null ? Optional.empty() : items.published(code).map(ItemVersion::item);
	}
}

package org.civicgrid.services;

import java.util.List;

/**
 * The service catalog as another module fills it: a street office's default catalog (the demo's) goes in item by
 * item, each published at once, and an item whose code is already there is left as an admin left it.
 */
public interface ServiceCatalog {

	/**
	 * Adds and publishes each item whose code the catalog does not hold yet, as {@code by}; all or nothing (a wrong
	 * item rejects the lot with its index and field). Returns how many were added.
	 */
	int publishMissing(List<ServiceItemInput> items, String by);

	/** How many items have a published version. */
	long publishedCount();
}

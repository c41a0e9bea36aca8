package org.civicgrid.services;

import java.time.Instant;
import java.util.List;

/**
 * A new version of a service item is what residents read from now on; {@code changes} names the fields that differ
 * from the version before (empty for the first).
 */
public record ServiceItemPublished(String code, int version, String by, Instant at, List<String> changes) {

	public ServiceItemPublished {
		changes = List.copyOf(changes);
	}
}

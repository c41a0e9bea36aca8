package org.civicgrid.registry.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.civicgrid.shared.Caller;

/**
 * What a kind needs beyond the row: who imports (their scope bounds every row), the job's clock reading, and a
 * per-job cache of which region codes exist, so 300,000 rows of 455 grids ask the database 455 times.
 */
final class ImportContext {

	private final Caller caller;
	private final Instant now;
	private final Predicate<String> regionExists;
	private final Map<String, Boolean> known = new HashMap<>();

	ImportContext(Caller caller, Instant now, Predicate<String> regionExists) {
		this.caller = caller;
		this.now = now;
		this.regionExists = regionExists;
	}

	Caller caller() {
		return caller;
	}

	Instant now() {
		return now;
	}

	boolean regionExists(String code) {
		return known.computeIfAbsent(code, regionExists::test);
	}
}

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

	/**
	 * Adds a problem on {@code field} when the row's region code lies outside the uploader's scope (the message
	 * {@code key} names the code); a blank code is left to the kind's own checks.
	 */
	void requireInScope(String code, String field, String key, java.util.List<org.civicgrid.shared.FieldProblem> problems) {
		if (code != null && !code.isEmpty() && !caller.scope().covers(code)) {
			problems.add(org.civicgrid.shared.FieldProblem.of(field, key, code));
		}
	}

	boolean regionExists(String code) {
		return known.computeIfAbsent(code, regionExists::test);
	}
}

package org.civicgrid.inbox.internal;

import java.time.Instant;
import java.util.List;

/**
 * What one step of a case tells people: a bundle key and its arguments ({@code #key} for an argument that is a
 * bundle key itself), the key that makes it arrive once per person however often the step is heard, and when
 * the step happened.
 */
record Notice(Long caseId, String caseNumber, String regionCode, String key, List<String> args, String dedupeKey,
		Instant at) {

	Notice {
		args = List.copyOf(args);
	}

	/** An argument worded from the bundles when read, such as {@code casework.status.CLOSED}. */
	static String term(String key) {
		return "#" + key;
	}
}

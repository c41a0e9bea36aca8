package org.civicgrid.inbox.internal;

import java.util.List;

/**
 * What one step of a case tells people: a bundle key and its arguments ({@code #key} for an argument that is a
 * bundle key itself), and the key that makes it arrive once per person however often the step is heard.
 */
record Notice(Long caseId, String caseNumber, String regionCode, String key, List<String> args, String dedupeKey) {

	Notice {
		args = List.copyOf(args);
	}

	/** An argument worded from the bundles when read, such as {@code casework.status.CLOSED}. */
	static String term(String key) {
		return "#" + key;
	}
}

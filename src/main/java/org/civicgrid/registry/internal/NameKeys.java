package org.civicgrid.registry.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A name fragment as keys of the name index ({@code person.name_grams}, computed by {@code person_name_grams} in
 * migration V1_4_30): a street code, a colon and a character or character pair, {@code 410105560:王}. A fragment of
 * one or two characters is one gram and needs nothing else; a longer one asks for each of its pairs, which every
 * name containing it has, and leaves the rest to a LIKE recheck.
 */
record NameKeys(String text, List<String> grams) {

	/** A street code is the first 9 digits of a grid code. */
	static final int STREET_LENGTH = 9;

	static NameKeys of(String text) {
		int[] cps = text.codePoints().toArray();
		if (cps.length <= 2) {
			return new NameKeys(text, List.of(text));
		}
		Set<String> pairs = new LinkedHashSet<>();
		for (int i = 0; i + 1 < cps.length; i++) {
			pairs.add(new String(cps, i, 2));
		}
		return new NameKeys(text, List.copyOf(pairs));
	}

	/** Whether the grams only narrow the search and LIKE must decide. */
	boolean needsRecheck() {
		return text.codePointCount(0, text.length()) > 2;
	}

	/** The key of one of the grams in a street. */
	String key(String street, int gram) {
		return street + ":" + grams.get(gram);
	}
}

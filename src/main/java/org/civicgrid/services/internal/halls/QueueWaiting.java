package org.civicgrid.services.internal.halls;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** How many wait in a hall today, in all and per item code, for the hall's screen (anyone may read it). */
public record QueueWaiting(String hallCode, int waiting, Map<String, Integer> byItem) {

	public QueueWaiting {
		byItem = Collections.unmodifiableMap(new LinkedHashMap<>(byItem));
	}
}

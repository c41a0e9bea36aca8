package org.civicgrid.casework;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many cases stand in each status and how many open ones are green, yellow and red (every key present, in the
 * enums' order).
 */
public record CaseCounts(Map<CaseStatus, Long> byStatus, Map<Colour, Long> byColour) {

	public CaseCounts {
		Map<CaseStatus, Long> statuses = new EnumMap<>(CaseStatus.class);
		statuses.putAll(byStatus);
		byStatus = Collections.unmodifiableMap(statuses);
		Map<Colour, Long> colours = new EnumMap<>(Colour.class);
		colours.putAll(byColour);
		byColour = Collections.unmodifiableMap(colours);
	}
}

package org.civicgrid.casework;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The open cases waiting for one caller: how many in each colour (in the colours' order), how many in all (a case
 * without a running stage, verified or filed, has no colour) and the most pressing ones, earliest deadline first.
 */
public record TaskSummary(Map<Colour, Long> byColour, long total, List<CaseView> pressing) {

	public TaskSummary {
		Map<Colour, Long> ordered = new EnumMap<>(Colour.class);
		ordered.putAll(byColour);
		byColour = Collections.unmodifiableMap(ordered);
		pressing = List.copyOf(pressing);
	}

	/** Waiting cases no colour applies to (no stage runs: verified, filed). */
	public long withoutColour() {
		return total - byColour.values().stream().mapToLong(Long::longValue).sum();
	}
}

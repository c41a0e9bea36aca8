package org.civicgrid.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * The headline of the evaluation indicators (综合评价) over the cases reported in a period, in a region: the figures
 * of its total row and, per group one level down, filed and closed.
 *
 * @param region the region looked at (the caller's own)
 * @param filed 立案数
 * @param closed filed cases closed (结案数)
 * @param onTimeClosureRate 按期结案率, a fraction 0–1; null when nothing is due
 * @param satisfaction the mean rating (1–5) of the rated cases; null when none was rated
 */
public record IndicatorHeadline(LocalDate from, LocalDate to, String region, long filed, long closed,
		Double onTimeClosureRate, Double satisfaction, long rated, List<Group> groups) {

	public IndicatorHeadline {
		groups = List.copyOf(groups);
	}

	/** One region (or department) under the one looked at. */
	public record Group(String key, String name, long filed, long closed) {
	}
}

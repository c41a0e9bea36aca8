package org.civicgrid.region;

import java.util.List;

import org.civicgrid.shared.RegionLevel;

/** One region with its place in the hierarchy and its counters. */
public record RegionDetail(String code, String name, RegionLevel level, String parentCode,
		List<RegionSummary> ancestors, Centroid centroid, int households, int population, RegionSummary abPartner,
		int childCount, boolean hasBoundary) {

	/** A point as {@code lat}/{@code lng} in WGS-84. */
	public record Centroid(double lat, double lng) {
	}
}

package org.civicgrid.region.internal;

import org.civicgrid.region.RegionSummary;
import org.civicgrid.shared.RegionLevel;

/** A row of the region table; the boundary stays GeoJSON text until someone needs the geometry. */
record RegionRow(String code, String name, RegionLevel level, String parentCode, String boundary,
		Double centroidLat, Double centroidLng, int households, int population, String abPartnerCode) {

	RegionSummary summary() {
		return new RegionSummary(code, name, level);
	}
}

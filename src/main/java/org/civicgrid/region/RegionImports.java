package org.civicgrid.region;

import java.util.List;
import java.util.Map;

import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.RegionScope;
import tools.jackson.databind.JsonNode;

/**
 * Changing the grid hierarchy: importing regions from GeoJSON, redrawing a boundary, setting who answers for a
 * grid and its AB partner. Imports are all or nothing: one invalid feature refuses the whole collection with a
 * problem per feature; imperfect coverage (overlaps, gaps) is accepted and reported as warnings.
 */
public interface RegionImports {

	/**
	 * Creates or updates every feature of a GeoJSON FeatureCollection. Each feature's properties carry
	 * {@code code} and {@code name}, optionally {@code level}, {@code abPartner} and {@code staff}
	 * (a list of {@link StaffMember}); the geometry is a Polygon or MultiPolygon in WGS-84, or null.
	 */
	ImportResult importCollection(RegionScope scope, JsonNode featureCollection);

	/** Replaces one region's boundary with the geometry of a GeoJSON Feature (or a bare geometry). */
	ImportResult redraw(RegionScope scope, String code, JsonNode feature);

	void replaceStaff(RegionScope scope, String code, List<StaffMember> staff);

	/** Pairs two neighbouring grids as AB partners, both ways; null unpairs. */
	void pairAbPartner(RegionScope scope, String gridCode, String partnerCode);

	/**
	 * The subtree under {@code root} down to {@code deepest} as a FeatureCollection; with staff it is what
	 * {@link #importCollection} takes back, without it a map layer.
	 */
	Map<String, Object> exportCollection(RegionScope scope, String root, RegionLevel deepest, boolean withStaff);

	/** A single region's boundary as a GeoJSON Feature. */
	Map<String, Object> boundary(RegionScope scope, String code);
}

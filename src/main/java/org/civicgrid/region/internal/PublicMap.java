package org.civicgrid.region.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.shared.RegionLevel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The map every signed-in caller may see, residents included: the district's and streets' outlines and the grids
 * a report is accepted in, each with its code, name and level and nothing more. Boundaries and names are posted
 * publicly by a street office (网格公示); staff, phones, population counts and AB partners are not, and the staff
 * map layer ({@code /regions/map.json}) stays behind the caller's scope.
 */
@Component
public class PublicMap {

	/** What is drawn: the outlines, then the grids the point-to-grid index answers with. */
	private static final List<RegionLevel> LEVELS = List.of(RegionLevel.DISTRICT, RegionLevel.STREET, RegionLevel.GRID);

	/** A region as the public map shows it; the boundary is the stored GeoJSON text. */
	record Shape(String code, String name, RegionLevel level, String boundary) {
	}

	private final StoredRegions regions;
	private final Boundaries boundaries;

	PublicMap(StoredRegions regions, Boundaries boundaries) {
		this.regions = regions;
		this.boundaries = boundaries;
	}

	/** A GeoJSON FeatureCollection in code order; regions without a boundary are left out. */
	@Transactional(readOnly = true)
	public Map<String, Object> collection() {
		List<Object> features = new ArrayList<>();
		for (Shape shape : regions.shapesAt(LEVELS)) {
			features.add(feature(shape));
		}
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("type", "FeatureCollection");
		collection.put("features", features);
		return collection;
	}

	private Map<String, Object> feature(Shape shape) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("code", shape.code());
		properties.put("name", shape.name());
		properties.put("level", shape.level().name());
		Map<String, Object> feature = new LinkedHashMap<>();
		feature.put("type", "Feature");
		feature.put("id", shape.code());
		feature.put("geometry", boundaries.asJson(shape.boundary()));
		feature.put("properties", properties);
		return feature;
	}
}

package org.civicgrid.region.internal;

import java.util.ArrayList;
import java.util.List;

import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.geo.GeoJsonGeometry;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Boundaries between their stored form (GeoJSON text in a jsonb column) and JTS geometries. */
@Component
class Boundaries {

	private final JsonMapper json;

	Boundaries(JsonMapper json) {
		this.json = json;
	}

	Geometry parse(String stored) {
		if (stored == null) {
			return null;
		}
		List<FieldProblem> errors = new ArrayList<>();
		Geometry geometry = GeoJson.read(json.readTree(stored), null, "boundary", errors);
		if (geometry == null) {
			throw new IllegalStateException("A stored boundary is not valid GeoJSON: " + errors);
		}
		return geometry;
	}

	String format(Geometry geometry) {
		return geometry == null ? null : json.writeValueAsString(GeoJsonGeometry.of(geometry));
	}

	Object asJson(String stored) {
		return stored == null ? null : json.readTree(stored);
	}
}

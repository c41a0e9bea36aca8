package org.civicgrid.shared.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** JTS polygons as GeoJSON (RFC 7946) geometry objects, longitude first, ready for Jackson. */
public final class GeoJsonGeometry {

	private GeoJsonGeometry() {
	}

	/** A geometry as a GeoJSON object, ready for Jackson. */
	public static Map<String, Object> of(Geometry geometry) {
		Map<String, Object> out = new LinkedHashMap<>();
		if (geometry instanceof Polygon polygon) {
			out.put("type", "Polygon");
			out.put("coordinates", rings(polygon));
		}
		else if (geometry instanceof MultiPolygon multi) {
			out.put("type", "MultiPolygon");
			List<Object> polygons = new ArrayList<>();
			for (int i = 0; i < multi.getNumGeometries(); i++) {
				polygons.add(rings((Polygon) multi.getGeometryN(i)));
			}
			out.put("coordinates", polygons);
		}
		else {
			throw new IllegalArgumentException("Only polygons are boundaries: " + geometry.getGeometryType());
		}
		return out;
	}

	private static List<Object> rings(Polygon polygon) {
		List<Object> rings = new ArrayList<>();
		rings.add(positions(polygon.getExteriorRing().getCoordinates()));
		for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
			rings.add(positions(polygon.getInteriorRingN(i).getCoordinates()));
		}
		return rings;
	}

	private static List<double[]> positions(Coordinate[] coordinates) {
		List<double[]> out = new ArrayList<>(coordinates.length);
		for (Coordinate c : coordinates) {
			out.add(new double[] { c.x, c.y });
		}
		return out;
	}
}

package org.civicgrid.region.internal;

import java.util.ArrayList;
import java.util.List;

import org.civicgrid.shared.FieldProblem;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import tools.jackson.databind.JsonNode;

/**
 * GeoJSON (RFC 7946) Polygon and MultiPolygon geometries to JTS and back, in WGS-84 longitude/latitude order.
 * Writing is {@link org.civicgrid.shared.geo.GeoJsonGeometry}. Reading checks what a boundary must be: numbers in range, rings of at least four positions, closed, and
 * a valid polygon (no self-intersection); each problem is reported with its path.
 */
public final class GeoJson {

	public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

	private GeoJson() {
	}

	/** Reads a geometry; returns null and adds to {@code errors} when it is not a valid boundary. */
	public static Geometry read(JsonNode node, Integer item, String path, List<FieldProblem> errors) {
		if (node == null || !node.isObject()) {
			errors.add(new FieldProblem(item, path, "geojson.not-object"));
			return null;
		}
		String type = node.path("type").asString("");
		JsonNode coordinates = node.get("coordinates");
		if (coordinates == null || !coordinates.isArray()) {
			errors.add(new FieldProblem(item, path + ".coordinates", "geojson.coordinates-missing"));
			return null;
		}
		int before = errors.size();
		Geometry geometry = switch (type) {
			case "Polygon" -> polygon(coordinates, item, path + ".coordinates", errors);
			case "MultiPolygon" -> {
				if (coordinates.isEmpty()) {
					errors.add(new FieldProblem(item, path + ".coordinates", "geojson.rings-missing"));
				}
				List<Polygon> parts = new ArrayList<>();
				for (int i = 0; i < coordinates.size(); i++) {
					parts.add(polygon(coordinates.get(i), item, path + ".coordinates[" + i + "]", errors));
				}
				yield errors.size() > before || parts.isEmpty() ? null
						: FACTORY.createMultiPolygon(parts.toArray(Polygon[]::new));
			}
			default -> {
				errors.add(new FieldProblem(item, path + ".type", "geojson.type", type));
				yield null;
			}
		};
		if (geometry == null || errors.size() > before) {
			return null;
		}
		TopologyValidationError invalid = new IsValidOp(geometry).getValidationError();
		if (invalid != null) {
			Coordinate at = invalid.getCoordinate();
			errors.add(new FieldProblem(item, path, "geojson.invalid", invalid.getMessage(),
					at == null ? "" : "%.6f, %.6f".formatted(at.y, at.x)));
			return null;
		}
		return geometry;
	}

	private static Polygon polygon(JsonNode rings, Integer item, String path, List<FieldProblem> errors) {
		if (rings == null || !rings.isArray() || rings.isEmpty()) {
			errors.add(new FieldProblem(item, path, "geojson.rings-missing"));
			return null;
		}
		List<LinearRing> parsed = new ArrayList<>();
		for (int r = 0; r < rings.size(); r++) {
			LinearRing ring = ring(rings.get(r), item, path + "[" + r + "]", errors);
			if (ring != null) {
				parsed.add(ring);
			}
		}
		if (parsed.size() != rings.size()) {
			return null;
		}
		return FACTORY.createPolygon(parsed.get(0), parsed.subList(1, parsed.size()).toArray(LinearRing[]::new));
	}

	private static LinearRing ring(JsonNode positions, Integer item, String path, List<FieldProblem> errors) {
		if (positions == null || !positions.isArray() || positions.size() < 4) {
			errors.add(new FieldProblem(item, path, "geojson.ring-too-short"));
			return null;
		}
		Coordinate[] coordinates = new Coordinate[positions.size()];
		for (int i = 0; i < positions.size(); i++) {
			JsonNode p = positions.get(i);
			if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
				errors.add(new FieldProblem(item, path + "[" + i + "]", "geojson.position"));
				return null;
			}
			double lng = p.get(0).asDouble();
			double lat = p.get(1).asDouble();
			if (lng < -180 || lng > 180 || lat < -90 || lat > 90 || !Double.isFinite(lng) || !Double.isFinite(lat)) {
				errors.add(new FieldProblem(item, path + "[" + i + "]", "geojson.out-of-range", lng, lat));
				return null;
			}
			coordinates[i] = new Coordinate(lng, lat);
		}
		if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
			errors.add(new FieldProblem(item, path, "geojson.ring-open"));
			return null;
		}
		return FACTORY.createLinearRing(coordinates);
	}
}

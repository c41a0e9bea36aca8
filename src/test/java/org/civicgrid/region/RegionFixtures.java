package org.civicgrid.region;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civicgrid.demo.DemoDistrict;
import org.civicgrid.demo.DemoRegion;
import org.civicgrid.demo.DemoScale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * Building blocks for region API tests: the demo district as the application generated it, and GeoJSON features
 * and collections to import. Tests share one database, so each picks codes of its own.
 */
final class RegionFixtures {

	static final GeometryFactory GEOMETRY = new GeometryFactory();

	private static List<DemoRegion> demo;

	private RegionFixtures() {
	}

	/** 如意湖街道 as the application loaded it (seed 20261122). */
	static synchronized List<DemoRegion> demo() {
		if (demo == null) {
			demo = DemoDistrict.generate(DemoScale.RUYIHU, 20261122L, c -> Optional.empty());
		}
		return demo;
	}

	static DemoRegion demo(String code) {
		return demo().stream().filter(r -> r.code().equals(code)).findFirst()
			.orElseThrow(() -> new AssertionError("no demo region " + code));
	}

	static List<DemoRegion> demoUnder(String prefix) {
		return demo().stream().filter(r -> r.code().startsWith(prefix)).toList();
	}

	/** An axis-aligned rectangle as a GeoJSON Polygon, counter-clockwise. */
	static Map<String, Object> box(double lng0, double lat0, double lng1, double lat1) {
		return polygon(new double[][] { { lng0, lat0 }, { lng1, lat0 }, { lng1, lat1 }, { lng0, lat1 }, { lng0, lat0 } });
	}

	static Map<String, Object> polygon(double[][] ring) {
		Map<String, Object> geometry = new LinkedHashMap<>();
		geometry.put("type", "Polygon");
		geometry.put("coordinates", List.of(Arrays.asList(ring)));
		return geometry;
	}

	/** The same rectangle as a JTS polygon, to compute what the server should find. */
	static Geometry jtsBox(double lng0, double lat0, double lng1, double lat1) {
		return GEOMETRY.createPolygon(new Coordinate[] { new Coordinate(lng0, lat0), new Coordinate(lng1, lat0),
				new Coordinate(lng1, lat1), new Coordinate(lng0, lat1), new Coordinate(lng0, lat0) });
	}

	/**
	 * A rectangle of {@code 2·halfLng × 2·halfLat} degrees around the interior point of a demo grid, checked to
	 * lie inside it: {lng0, lat0, lng1, lat1}.
	 */
	static double[] insideDemoGrid(String gridCode, double halfLng, double halfLat) {
		Geometry grid = demo(gridCode).boundary();
		Point centre = grid.getCentroid();
		double[] b = { centre.getX() - halfLng, centre.getY() - halfLat, centre.getX() + halfLng, centre.getY() + halfLat };
		if (!grid.contains(jtsBox(b[0], b[1], b[2], b[3]))) {
			throw new AssertionError("test rectangle does not fit inside " + gridCode);
		}
		return b;
	}

	static Map<String, Object> feature(String code, String name, Map<String, Object> geometry, Object... moreProperties) {
		Map<String, Object> properties = new LinkedHashMap<>();
		if (code != null) {
			properties.put("code", code);
		}
		if (name != null) {
			properties.put("name", name);
		}
		for (int i = 0; i < moreProperties.length; i += 2) {
			properties.put((String) moreProperties[i], moreProperties[i + 1]);
		}
		Map<String, Object> feature = new LinkedHashMap<>();
		feature.put("type", "Feature");
		feature.put("geometry", geometry);
		feature.put("properties", properties);
		return feature;
	}

	@SafeVarargs
	static Map<String, Object> collection(Map<String, Object>... features) {
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("type", "FeatureCollection");
		collection.put("features", new ArrayList<>(Arrays.asList(features)));
		return collection;
	}

	static Map<String, Object> member(String duty, String name, String phone) {
		Map<String, Object> member = new LinkedHashMap<>();
		member.put("duty", duty);
		member.put("name", name);
		if (phone != null) {
			member.put("phone", phone);
		}
		return member;
	}
}

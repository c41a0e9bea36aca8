package org.civicgrid.region.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.civicgrid.demo.DemoDistrict;
import org.civicgrid.demo.DemoScale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

import static org.assertj.core.api.Assertions.assertThat;

class GridIndexTests {

	private static Map<String, Geometry> grids;
	private static GridIndex index;

	@BeforeAll
	static void buildIndexOfTheDemoDistrict() {
		grids = DemoDistrict.gridBoundaries(DemoScale.RUYIHU, 20261122L);
		index = new GridIndex(grids);
	}

	private static Geometry box(double lng0, double lat0, double lng1, double lat1) {
		return GeoJson.FACTORY.createPolygon(new Coordinate[] { new Coordinate(lng0, lat0), new Coordinate(lng1, lat0),
				new Coordinate(lng1, lat1), new Coordinate(lng0, lat1), new Coordinate(lng0, lat0) });
	}

	@Test
	void indexesEveryDemoGrid() {
		assertThat(index.size()).isEqualTo(56);
	}

	@Test
	void anInteriorPointOfEveryGridMapsToThatGrid() {
		grids.forEach((code, shape) -> {
			Point inside = shape.getInteriorPoint();
			assertThat(index.locate(inside.getY(), inside.getX())).as(code).isEqualTo(code);
			Point centroid = shape.getCentroid();
			if (shape.contains(centroid)) {
				assertThat(index.locate(centroid.getY(), centroid.getX())).as(code).isEqualTo(code);
			}
		});
	}

	@Test
	void randomPointsMapToTheGridThatContainsThem() {
		Envelope all = new Envelope();
		grids.values().forEach(g -> all.expandToInclude(g.getEnvelopeInternal()));
		all.expandBy(0.002);
		SplittableRandom random = new SplittableRandom(7);
		int inside = 0;
		for (int i = 0; i < 3000; i++) {
			double lng = all.getMinX() + random.nextDouble() * all.getWidth();
			double lat = all.getMinY() + random.nextDouble() * all.getHeight();
			Point p = GeoJson.FACTORY.createPoint(new Coordinate(lng, lat));
			String expected = grids.entrySet().stream().filter(e -> e.getValue().covers(p)).map(Map.Entry::getKey)
				.sorted().findFirst().orElse(null);
			assertThat(index.locate(lat, lng)).as("%s, %s", lat, lng).isEqualTo(expected);
			inside += expected == null ? 0 : 1;
		}
		assertThat(inside).as("points that fell in some grid").isBetween(1500, 2999);
	}

	@Test
	void pointsOutsideEveryGridMapToNothing() {
		assertThat(index.locate(39.9, 116.4)).isNull();
		assertThat(index.locate(0, 0)).isNull();
		Envelope all = new Envelope();
		grids.values().forEach(g -> all.expandToInclude(g.getEnvelopeInternal()));
		assertThat(index.locate(all.getMaxY() + 0.0001, all.centre().x)).isNull();
		assertThat(index.locate(all.centre().y, all.getMinX() - 0.0001)).isNull();
	}

	@Test
	void aCornerSharedByDemoGridsGoesToTheLowestCode() {
		int checked = 0;
		for (Coordinate corner : grids.get("410105560004004").getCoordinates()) {
			Point p = GeoJson.FACTORY.createPoint(corner);
			TreeSet<String> covering = new TreeSet<>();
			grids.forEach((code, g) -> {
				if (g.covers(p)) {
					covering.add(code);
				}
			});
			assertThat(covering).contains("410105560004004");
			if (covering.size() >= 2) {
				assertThat(index.locate(corner.y, corner.x)).as("corner %s shared by %s", corner, covering)
					.isEqualTo(covering.first());
				checked++;
			}
		}
		assertThat(checked).as("corners of an inner grid shared with its neighbours").isGreaterThanOrEqualTo(4);
	}

	@Test
	void aPointOnTheSharedEdgeOfTwoGridsGoesToTheLowerCodeWhicheverWayTheyWereGiven() {
		Map<String, Geometry> twoGrids = new LinkedHashMap<>();
		twoGrids.put("410105560001002", box(113.730, 34.770, 113.740, 34.780));
		twoGrids.put("410105560001001", box(113.720, 34.770, 113.730, 34.780));
		GridIndex two = new GridIndex(twoGrids);
		assertThat(two.locate(34.775, 113.730)).isEqualTo("410105560001001");
		assertThat(two.locate(34.775, 113.7300001)).isEqualTo("410105560001002");
		assertThat(two.locate(34.775, 113.7299999)).isEqualTo("410105560001001");
		// the outer edge belongs to its one grid
		assertThat(two.locate(34.780, 113.735)).isEqualTo("410105560001002");
	}

	@Test
	void anEmptyIndexFindsNothing() {
		assertThat(GridIndex.empty().size()).isZero();
		assertThat(GridIndex.empty().locate(34.77, 113.73)).isNull();
	}
}

package org.civicgrid.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.civicgrid.demo.DemoDistrict;
import org.civicgrid.demo.DemoScale;
import org.civicgrid.region.internal.GridIndex;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Not a benchmark: checks that {@link GridIndex#locate} answers exactly what the obvious definition answers
 * (the lowest code among the grids whose polygon covers the point, by JTS {@code PreparedGeometry.covers}),
 * for random points and for the hard ones: every vertex (corners shared by up to four grids), points on and
 * a hair off shared edges, points outside, overlapping and holed and multi-part boundaries, an empty index.
 * Exits non-zero on the first disagreement. Run it after changing GridIndex:
 *
 * <pre>java -cp bench/target/benchmarks.jar org.civicgrid.bench.GridIndexCheck</pre>
 */
public final class GridIndexCheck {

	private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

	private long checked;

	public static void main(String[] args) throws ParseException {
		GridIndexCheck check = new GridIndexCheck();
		for (int grids : new int[] { 56, 455, 10_000 }) {
			check.demo(grids);
		}
		check.handMade();
		System.out.printf("GridIndexCheck: %,d points, index and reference agree%n", check.checked);
	}

	private void demo(int grids) {
		Map<String, Geometry> boundaries = DemoDistrict.gridBoundaries(DemoScale.ofGrids(grids),
				GridLookupBenchmark.DEMO_SEED);
		long started = System.nanoTime();
		GridIndex index = new GridIndex(boundaries);
		long builtMs = (System.nanoTime() - started) / 1_000_000;
		Reference reference = new Reference(boundaries);
		List<Coordinate> points = new ArrayList<>();
		Envelope area = new Envelope();
		for (Geometry g : boundaries.values()) {
			area.expandToInclude(g.getEnvelopeInternal());
			Coordinate[] ring = g.getCoordinates();
			for (int i = 0; i < ring.length; i++) {
				points.add(ring[i]);
				if (i > 0) {
					Coordinate a = ring[i - 1];
					Coordinate b = ring[i];
					for (double t : new double[] { 0.5, 0.25, 1.0 / 3 }) {
						Coordinate on = new Coordinate(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y));
						points.add(on);
						points.add(new Coordinate(Math.nextUp(on.x), on.y));
						points.add(new Coordinate(on.x, Math.nextDown(on.y)));
						points.add(new Coordinate(on.x + 1e-12, on.y - 1e-12));
					}
				}
			}
		}
		SplittableRandom random = new SplittableRandom(7);
		double padX = area.getWidth() * 0.05;
		double padY = area.getHeight() * 0.05;
		for (int i = 0; i < 200_000; i++) {
			points.add(new Coordinate(area.getMinX() - padX + random.nextDouble() * (area.getWidth() + 2 * padX),
					area.getMinY() - padY + random.nextDouble() * (area.getHeight() + 2 * padY)));
		}
		points.add(new Coordinate(area.getMinX(), area.getMinY()));
		points.add(new Coordinate(area.getMaxX(), area.getMaxY()));
		points.add(new Coordinate(Double.NaN, area.centre().y));
		points.add(new Coordinate(0, 0));
		compare("demo " + grids, index, reference, points);
		System.out.printf("demo %,d grids: built in %d ms, %,d points agree%n", grids, builtMs, points.size());
	}

	private void handMade() throws ParseException {
		WKTReader wkt = new WKTReader(FACTORY);
		Map<String, Geometry> shapes = new LinkedHashMap<>();
		// B overlaps A (the lower code wins in the overlap); C has a hole that D fills; E is in two parts
		shapes.put("B", wkt.read("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"));
		shapes.put("A", wkt.read("POLYGON ((5 5, 15 5, 15 15, 5 15, 5 5))"));
		shapes.put("C", wkt.read("POLYGON ((20 0, 30 0, 30 10, 20 10, 20 0), (22 2, 28 2, 28 8, 22 8, 22 2))"));
		shapes.put("D", wkt.read("POLYGON ((22 2, 28 2, 28 8, 22 8, 22 2))"));
		shapes.put("E", wkt.read("MULTIPOLYGON (((40 0, 41 0, 41 1, 40 1, 40 0)), ((45 5, 47 5, 46 7, 45 5)))"));
		shapes.put("F", wkt.read("POLYGON ((0 20, 10 20, 5 20.000000001, 0 20))"));
		shapes.put("G", wkt.read("POLYGON EMPTY"));
		GridIndex index = new GridIndex(shapes);
		Reference reference = new Reference(shapes);
		List<Coordinate> points = new ArrayList<>();
		SplittableRandom random = new SplittableRandom(11);
		for (int i = 0; i < 100_000; i++) {
			points.add(new Coordinate(-2 + random.nextDouble() * 52, -2 + random.nextDouble() * 24));
			// on the integer lattice, where most vertices and edges are
			points.add(new Coordinate(random.nextInt(-2, 50), random.nextInt(-2, 22)));
			points.add(new Coordinate(random.nextInt(-4, 100) / 2.0, random.nextInt(-4, 44) / 2.0));
		}
		compare("hand-made", index, reference, points);
		compare("empty", new GridIndex(Map.of()), new Reference(Map.of()), List.of(new Coordinate(1, 1)));
		if (GridIndex.empty().locate(0, 0) != null) {
			throw new AssertionError("empty index found a grid");
		}
		System.out.printf("hand-made shapes: %,d points agree%n", points.size());
	}

	private void compare(String what, GridIndex index, Reference reference, List<Coordinate> points) {
		for (Coordinate c : points) {
			String got = index.locate(c.y, c.x);
			String want = reference.locate(c.y, c.x);
			if (got == null ? want != null : !got.equals(want)) {
				System.err.printf("%s: (lat %s, lng %s) index %s, reference %s%n", what, c.y, c.x, got, want);
				System.exit(1);
			}
			checked++;
		}
	}

	/**
	 * The definition: the lowest code whose polygon covers the point. An R-tree of envelopes only narrows the
	 * candidates (a polygon can only cover a point its envelope contains), so that checking 700,000 points
	 * against 10,000 grids takes seconds rather than minutes.
	 */
	private static final class Reference {

		private final STRtree candidates = new STRtree();

		Reference(Map<String, Geometry> boundaries) {
			new TreeMap<>(boundaries).forEach((code, shape) -> {
				if (!shape.isEmpty()) {
					candidates.insert(shape.getEnvelopeInternal(), Map.entry(code, PreparedGeometryFactory.prepare(shape)));
				}
			});
		}

		@SuppressWarnings("unchecked")
		String locate(double lat, double lng) {
			var point = FACTORY.createPoint(new Coordinate(lng, lat));
			String lowest = null;
			for (Object item : candidates.query(new Envelope(point.getCoordinate()))) {
				var entry = (Map.Entry<String, PreparedGeometry>) item;
				if (entry.getValue().covers(point) && (lowest == null || entry.getKey().compareTo(lowest) < 0)) {
					lowest = entry.getKey();
				}
			}
			return lowest;
		}
	}
}

package org.civicgrid.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.civicgrid.demo.DemoDistrict;
import org.civicgrid.demo.DemoScale;
import org.civicgrid.region.internal.GridIndex;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Point → grid lookup, the target being at least 1,000,000 lookups/s on one core with 10,000 grids.
 * {@link #indexed} is the production {@link GridIndex}; {@link #linearScan} checks every grid's prepared
 * polygon in code order (the same answer, including "lowest code wins on a shared edge"), to show what the
 * index buys.
 *
 * <p>Points are 4,096 uniformly random positions in the envelope of all grids, from a fixed seed, visited in
 * turn; the grids tile the envelope's interior, so nearly all of them hit a grid. Setup checks that both
 * methods give the same answer for every point.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
public class GridLookupBenchmark {

	/** The seed the application's demo loader uses (application.yml civicgrid.demo.seed). */
	static final long DEMO_SEED = 20261122L;
	static final long POINT_SEED = 42L;
	static final int POINTS = 4096;
	private static final int MASK = POINTS - 1;

	private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

	@Param({ "455", "10000" })
	public int grids;

	private GridIndex index;
	private String[] linearCodes;
	private PreparedGeometry[] linearShapes;
	private double[] lat;
	private double[] lng;
	private int next;

	@Setup(Level.Trial)
	public void setUp() {
		Map<String, Geometry> boundaries = DemoDistrict.gridBoundaries(DemoScale.ofGrids(grids), DEMO_SEED);
		if (boundaries.size() != grids) {
			throw new IllegalStateException("Expected " + grids + " grids, got " + boundaries.size());
		}
		index = new GridIndex(boundaries);

		TreeMap<String, Geometry> byCode = new TreeMap<>(boundaries);
		linearCodes = byCode.keySet().toArray(String[]::new);
		linearShapes = new PreparedGeometry[linearCodes.length];
		Envelope area = new Envelope();
		int i = 0;
		for (Geometry g : byCode.values()) {
			linearShapes[i] = PreparedGeometryFactory.prepare(g);
			linearShapes[i].covers(g.getInteriorPoint());
			area.expandToInclude(g.getEnvelopeInternal());
			i++;
		}

		SplittableRandom random = new SplittableRandom(POINT_SEED);
		lat = new double[POINTS];
		lng = new double[POINTS];
		for (int p = 0; p < POINTS; p++) {
			lng[p] = area.getMinX() + random.nextDouble() * area.getWidth();
			lat[p] = area.getMinY() + random.nextDouble() * area.getHeight();
		}

		int hits = 0;
		List<String> mismatches = new ArrayList<>();
		for (int p = 0; p < POINTS; p++) {
			String a = index.locate(lat[p], lng[p]);
			String b = linear(lat[p], lng[p]);
			if (a != null) {
				hits++;
			}
			if (a == null ? b != null : !a.equals(b)) {
				mismatches.add("(" + lat[p] + ", " + lng[p] + "): index " + a + ", linear " + b);
			}
		}
		if (!mismatches.isEmpty()) {
			throw new IllegalStateException(mismatches.size() + " points differ, e.g. " + mismatches.get(0));
		}
		System.out.printf("%n[setup] %d grids, area %.4f..%.4f E x %.4f..%.4f N, %d of %d points inside a grid%n", grids,
				area.getMinX(), area.getMaxX(), area.getMinY(), area.getMaxY(), hits, POINTS);
	}

	@Benchmark
	public String indexed() {
		int p = next++ & MASK;
		return index.locate(lat[p], lng[p]);
	}

	@Benchmark
	public String linearScan() {
		int p = next++ & MASK;
		return linear(lat[p], lng[p]);
	}

	/** The first grid in code order whose polygon covers the point: what the index must answer. */
	private String linear(double pointLat, double pointLng) {
		Point point = FACTORY.createPoint(new Coordinate(pointLng, pointLat));
		for (int g = 0; g < linearShapes.length; g++) {
			if (linearShapes[g].covers(point)) {
				return linearCodes[g];
			}
		}
		return null;
	}
}

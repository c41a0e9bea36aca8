package org.civicgrid.region.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.LinearComponentExtracter;

/**
 * An immutable spatial index over grid boundaries. A point on the shared edge of two grids goes to the one
 * with the lower code; in general the answer is the lowest code among the grids whose boundary covers the point
 * (interior or boundary), exactly as {@code PreparedGeometry.covers} decides it. Safe to read from any number of
 * threads once built: it holds only arrays filled in the constructor and published through final fields.
 *
 * <p>The area is cut into a uniform raster of buckets, about 16 per grid. Each bucket was classified when the
 * index was built: empty; entirely inside one grid (the lookup answers at once, no geometry at all); or
 * crossed by boundaries, when it holds its candidate grids in code order and the lookup counts ray crossings
 * (JTS {@link RayCrossingCounter}, exact arithmetic, the same test prepared polygons use) against the few
 * segments of each candidate. A bucket counts as empty or inside only if no boundary segment comes within a
 * small margin of it, checked with exact orientation tests, so rounding in the point-to-bucket arithmetic can
 * never put a point in a bucket whose shortcut is wrong for it.
 */
public final class GridIndex {

	/** Aimed-at buckets along each side of a typical grid's envelope: about 16 buckets per grid. */
	private static final int BUCKETS_PER_GRID_SIDE = 4;
	/** The raster never holds more than this many buckets per grid, whatever the shapes. */
	private static final long MAX_BUCKETS_PER_GRID = 32;
	private static final long MIN_BUCKET_LIMIT = 1024;
	/** A bucket with no grid. Buckets inside one grid hold its number (≥ 0), crossed ones -(offset + 2). */
	private static final int EMPTY = -1;

	private static final byte UNKNOWN = 0;
	private static final byte CROSSED = 1;

	private final int size;
	/** Grids in code order; a grid's number is its position here. */
	private final String[] codes;
	private final double[] gridMinX;
	private final double[] gridMinY;
	private final double[] gridMaxX;
	private final double[] gridMaxY;
	/** Every ring of a polygonal grid, or null for the rare grid that is not polygonal. */
	private final Coordinate[][][] rings;
	/** Grids that are not polygonal, answered by JTS itself; null where {@link #rings} is set. */
	private final PreparedGeometry[] others;

	private final double minX;
	private final double minY;
	private final double maxX;
	private final double maxY;
	private final int columns;
	private final int rows;
	private final double columnsPerUnit;
	private final double rowsPerUnit;
	/** By row then column: {@link #EMPTY}, a grid number, or -(offset into {@link #crossings} + 2). */
	private final int[] buckets;
	/** For each crossed bucket: the count, then (grid number &lt;&lt; 1 | 1 if the bucket is inside it). */
	private final int[] crossings;

	/** Builds the index from grid code → WGS-84 boundary (longitude as x). */
	public GridIndex(Map<String, Geometry> boundaries) {
		this.size = boundaries.size();
		List<Map.Entry<String, Geometry>> grids = boundaries.entrySet().stream()
			.filter(e -> !e.getValue().isEmpty())
			.sorted(Map.Entry.comparingByKey())
			.toList();
		int n = grids.size();
		codes = new String[n];
		gridMinX = new double[n];
		gridMinY = new double[n];
		gridMaxX = new double[n];
		gridMaxY = new double[n];
		rings = new Coordinate[n][][];
		others = new PreparedGeometry[n];
		Envelope area = new Envelope();
		double[] widths = new double[n];
		double[] heights = new double[n];
		for (int g = 0; g < n; g++) {
			Geometry shape = grids.get(g).getValue();
			Envelope envelope = shape.getEnvelopeInternal();
			codes[g] = grids.get(g).getKey();
			gridMinX[g] = envelope.getMinX();
			gridMinY[g] = envelope.getMinY();
			gridMaxX[g] = envelope.getMaxX();
			gridMaxY[g] = envelope.getMaxY();
			widths[g] = envelope.getWidth();
			heights[g] = envelope.getHeight();
			area.expandToInclude(envelope);
			if (shape instanceof Polygonal) {
				rings[g] = ringsOf(shape);
			}
			else {
				others[g] = PreparedGeometryFactory.prepare(shape);
				others[g].covers(shape.getInteriorPoint());
			}
		}
		if (n == 0) {
			minX = minY = maxX = maxY = 0;
			columns = rows = 0;
			columnsPerUnit = rowsPerUnit = 0;
			buckets = new int[0];
			crossings = new int[0];
			return;
		}
		minX = area.getMinX();
		minY = area.getMinY();
		maxX = area.getMaxX();
		maxY = area.getMaxY();

		Arrays.sort(widths);
		Arrays.sort(heights);
		int cols = divisions(area.getWidth(), widths[n / 2]);
		int rws = divisions(area.getHeight(), heights[n / 2]);
		long limit = Math.max(MIN_BUCKET_LIMIT, MAX_BUCKETS_PER_GRID * n);
		while ((long) cols * rws > limit) {
			double shrink = Math.sqrt((double) cols * rws / limit);
			cols = Math.max(1, (int) (cols / shrink));
			rws = Math.max(1, (int) (rws / shrink));
		}
		columns = cols;
		rows = rws;
		columnsPerUnit = area.getWidth() > 0 ? columns / area.getWidth() : 0;
		rowsPerUnit = area.getHeight() > 0 ? rows / area.getHeight() : 0;

		Raster raster = new Raster();
		for (int g = 0; g < n; g++) {
			raster.add(g);
		}
		int[] built = new int[columns * rows];
		IntList lists = new IntList();
		for (int b = 0; b < built.length; b++) {
			built[b] = raster.compact(b, lists);
		}
		buckets = built;
		crossings = lists.toArray();
	}

	public static GridIndex empty() {
		return new GridIndex(Map.of());
	}

	public int size() {
		return size;
	}

	/** The code of the grid covering the point, or null. */
	public String locate(double lat, double lng) {
		double x = lng;
		double y = lat;
		if (!(x >= minX && x <= maxX && y >= minY && y <= maxY) || buckets.length == 0) {
			return null;
		}
		int bucket = buckets[row(y) * columns + column(x)];
		if (bucket >= 0) {
			return codes[bucket];
		}
		if (bucket == EMPTY) {
			return null;
		}
		int at = -(bucket + 2);
		int end = at + 1 + crossings[at];
		Coordinate point = null;
		for (int i = at + 1; i < end; i++) {
			int g = crossings[i] >>> 1;
			if ((crossings[i] & 1) != 0) {
				return codes[g];
			}
			if (x < gridMinX[g] || x > gridMaxX[g] || y < gridMinY[g] || y > gridMaxY[g]) {
				continue;
			}
			if (point == null) {
				point = new Coordinate(x, y);
			}
			if (covers(g, point)) {
				return codes[g];
			}
		}
		return null;
	}

	private boolean covers(int g, Coordinate point) {
		Coordinate[][] segments = rings[g];
		if (segments == null) {
			return others[g].covers(GeoJson.FACTORY.createPoint(point));
		}
		return locate(point, segments) != Location.EXTERIOR;
	}

	/** Where the point is against all rings at once, as prepared polygons decide it. */
	private static int locate(Coordinate point, Coordinate[][] rings) {
		RayCrossingCounter counter = new RayCrossingCounter(point);
		for (Coordinate[] ring : rings) {
			for (int i = 1; i < ring.length; i++) {
				counter.countSegment(ring[i], ring[i - 1]);
				if (counter.isOnSegment()) {
					return Location.BOUNDARY;
				}
			}
		}
		return counter.getLocation();
	}

	private int column(double x) {
		return Math.min(columns - 1, (int) ((x - minX) * columnsPerUnit));
	}

	private int row(double y) {
		return Math.min(rows - 1, (int) ((y - minY) * rowsPerUnit));
	}

	/** How many buckets to cut a side into, aiming at {@link #BUCKETS_PER_GRID_SIDE} per typical grid. */
	private static int divisions(double extent, double typicalGrid) {
		if (!(extent > 0) || !(typicalGrid > 0)) {
			return 1;
		}
		return (int) Math.max(1, Math.min(1 << 20, Math.ceil(extent / (typicalGrid / BUCKETS_PER_GRID_SIDE))));
	}

	private static Coordinate[][] ringsOf(Geometry shape) {
		List<LineString> lines = new ArrayList<>();
		LinearComponentExtracter.getLines(shape, lines);
		Coordinate[][] out = new Coordinate[lines.size()][];
		for (int r = 0; r < out.length; r++) {
			Coordinate[] source = lines.get(r).getCoordinates();
			out[r] = new Coordinate[source.length];
			for (int i = 0; i < source.length; i++) {
				out[r][i] = new Coordinate(source[i].x, source[i].y);
			}
		}
		return out;
	}

	/**
	 * The classification while the index is built: for each bucket, the grids in code order that it touches,
	 * as a linked list in two int arrays, closed once a grid covers the whole bucket (later, higher codes can
	 * never win there).
	 */
	private final class Raster {

		/**
		 * How far beyond its raster cell a bucket's shortcut must hold. Rounding in {@link #column}/{@link #row}
		 * misplaces a point by about 1e-16 of the coordinates' magnitude; this is 1e-9 of it (about 1 cm in
		 * degrees), so a point is always within the margin of the bucket it is looked up in.
		 */
		private final double margin;
		private final double bucketWidth;
		private final double bucketHeight;
		private final int[] head;
		private final int[] tail;
		private final boolean[] closed;
		private final IntList entries = new IntList();
		private final IntList next = new IntList();
		private final Coordinate corner = new Coordinate();
		private final Coordinate centre = new Coordinate();

		Raster() {
			double magnitude = Math.max(Math.max(Math.abs(minX), Math.abs(maxX)), Math.max(Math.abs(minY), Math.abs(maxY)));
			margin = 1e-9 * (1 + magnitude);
			bucketWidth = (maxX - minX) / columns;
			bucketHeight = (maxY - minY) / rows;
			head = new int[columns * rows];
			tail = new int[columns * rows];
			closed = new boolean[columns * rows];
			Arrays.fill(head, -1);
		}

		void add(int g) {
			int c0 = Math.max(0, column(gridMinX[g] - margin) - 1);
			int c1 = Math.min(columns - 1, column(gridMaxX[g] + margin) + 1);
			int r0 = Math.max(0, row(gridMinY[g] - margin) - 1);
			int r1 = Math.min(rows - 1, row(gridMaxY[g] + margin) + 1);
			int width = c1 - c0 + 1;
			byte[] state = new byte[width * (r1 - r0 + 1)];
			if (rings[g] == null) {
				Arrays.fill(state, CROSSED);
			}
			else {
				for (Coordinate[] ring : rings[g]) {
					for (int i = 1; i < ring.length; i++) {
						markCrossed(ring[i - 1], ring[i], c0, c1, r0, r1, width, state);
					}
				}
			}
			for (int r = r0; r <= r1; r++) {
				// Neighbouring buckets of a row that no boundary comes near are all inside or all outside
				// (their margins overlap), so one ray count answers for the run.
				int run = -1;
				for (int c = c0; c <= c1; c++) {
					if (!touchesEnvelope(g, c, r)) {
						run = Location.EXTERIOR;
						continue;
					}
					if (state[(r - r0) * width + (c - c0)] == CROSSED) {
						append(r * columns + c, g << 1);
						run = -1;
						continue;
					}
					if (run == -1) {
						centre.x = minX + (c + 0.5) * bucketWidth;
						centre.y = minY + (r + 0.5) * bucketHeight;
						run = locate(centre, rings[g]);
					}
					if (run == Location.INTERIOR) {
						append(r * columns + c, g << 1 | 1);
					}
					else if (run == Location.BOUNDARY) {
						append(r * columns + c, g << 1);
						run = -1;
					}
				}
			}
		}

		/** Marks the buckets that the segment comes within the margin of. */
		private void markCrossed(Coordinate a, Coordinate b, int c0, int c1, int r0, int r1, int width, byte[] state) {
			int sc0 = Math.max(c0, column(Math.min(a.x, b.x) - margin) - 1);
			int sc1 = Math.min(c1, column(Math.max(a.x, b.x) + margin) + 1);
			int sr0 = Math.max(r0, row(Math.min(a.y, b.y) - margin) - 1);
			int sr1 = Math.min(r1, row(Math.max(a.y, b.y) + margin) + 1);
			for (int r = sr0; r <= sr1; r++) {
				for (int c = sc0; c <= sc1; c++) {
					int at = (r - r0) * width + (c - c0);
					if (state[at] != CROSSED && segmentNear(a, b, c, r)) {
						state[at] = CROSSED;
					}
				}
			}
		}

		/** Whether the segment meets the bucket widened by the margin; exact, by JTS's robust orientation. */
		private boolean segmentNear(Coordinate a, Coordinate b, int c, int r) {
			double x0 = minX + c * bucketWidth - margin;
			double x1 = minX + (c + 1) * bucketWidth + margin;
			double y0 = minY + r * bucketHeight - margin;
			double y1 = minY + (r + 1) * bucketHeight + margin;
			if (Math.max(a.x, b.x) < x0 || Math.min(a.x, b.x) > x1 || Math.max(a.y, b.y) < y0
					|| Math.min(a.y, b.y) > y1) {
				return false;
			}
			// the segment's envelope meets the box: the segment misses it only if all four corners lie strictly
			// on one side of its line
			int side = side(a, b, x0, y0);
			return side == 0 || side != side(a, b, x1, y0) || side != side(a, b, x1, y1) || side != side(a, b, x0, y1);
		}

		private int side(Coordinate a, Coordinate b, double x, double y) {
			corner.x = x;
			corner.y = y;
			return Orientation.index(a, b, corner);
		}

		private boolean touchesEnvelope(int g, int c, int r) {
			double x0 = minX + c * bucketWidth - margin;
			double x1 = minX + (c + 1) * bucketWidth + margin;
			double y0 = minY + r * bucketHeight - margin;
			double y1 = minY + (r + 1) * bucketHeight + margin;
			return !(gridMaxX[g] < x0 || gridMinX[g] > x1 || gridMaxY[g] < y0 || gridMinY[g] > y1);
		}

		private void append(int bucket, int entry) {
			if (closed[bucket]) {
				return;
			}
			int at = entries.size();
			entries.add(entry);
			next.add(-1);
			if (head[bucket] < 0) {
				head[bucket] = at;
			}
			else {
				next.set(tail[bucket], at);
			}
			tail[bucket] = at;
			closed[bucket] = (entry & 1) != 0;
		}

		/** The final form of a bucket, appending its candidates to {@code lists} when it needs them. */
		int compact(int bucket, IntList lists) {
			int first = head[bucket];
			if (first < 0) {
				return EMPTY;
			}
			if ((entries.get(first) & 1) != 0) {
				return entries.get(first) >>> 1;
			}
			int at = lists.size();
			lists.add(0);
			int count = 0;
			for (int e = first; e >= 0; e = next.get(e)) {
				lists.add(entries.get(e));
				count++;
			}
			lists.set(at, count);
			return -(at + 2);
		}
	}

	/** A growable int array. */
	private static final class IntList {

		private int[] values = new int[1024];
		private int size;

		void add(int value) {
			if (size == values.length) {
				values = Arrays.copyOf(values, size * 2);
			}
			values[size++] = value;
		}

		int get(int i) {
			return values[i];
		}

		void set(int i, int value) {
			values[i] = value;
		}

		int size() {
			return size;
		}

		int[] toArray() {
			return Arrays.copyOf(values, size);
		}
	}

}

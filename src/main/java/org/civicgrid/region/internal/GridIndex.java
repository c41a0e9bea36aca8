package org.civicgrid.region.internal;

import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.ItemVisitor;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * An immutable spatial index over grid boundaries: an STR-packed R-tree of prepared polygons. A point on the
 * shared edge of two grids goes to the one with the lower code. Safe to read from any number of threads once
 * built: every prepared polygon is exercised before the index is published.
 */
public final class GridIndex {

	private record Entry(String code, PreparedGeometry shape) {
	}

	private final STRtree tree;
	private final int size;

	/** Builds the index from grid code → WGS-84 boundary (longitude as x). */
	public GridIndex(Map<String, Geometry> boundaries) {
		STRtree building = new STRtree();
		boundaries.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
			PreparedGeometry prepared = PreparedGeometryFactory.prepare(e.getValue());
			prepared.covers(e.getValue().getInteriorPoint());
			building.insert(e.getValue().getEnvelopeInternal(), new Entry(e.getKey(), prepared));
		});
		building.build();
		this.tree = building;
		this.size = boundaries.size();
	}

	public static GridIndex empty() {
		return new GridIndex(Map.of());
	}

	public int size() {
		return size;
	}

	/** The code of the grid covering the point, or null. */
	public String locate(double lat, double lng) {
		if (size == 0) {
			return null;
		}
		Coordinate at = new Coordinate(lng, lat);
		Point point = GeoJson.FACTORY.createPoint(at);
		Visitor visitor = new Visitor(point);
		tree.query(new Envelope(at), visitor);
		return visitor.found;
	}

	private static final class Visitor implements ItemVisitor {

		private final Point point;
		private String found;

		Visitor(Point point) {
			this.point = point;
		}

		@Override
		public void visitItem(Object item) {
			Entry entry = (Entry) item;
			if ((found == null || entry.code.compareTo(found) < 0) && entry.shape.covers(point)) {
				found = entry.code;
			}
		}
	}

}

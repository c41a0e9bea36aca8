package org.civicgrid.shared.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * The area on the ground, in square metres, of a WGS-84 geometry the size of a district: it is projected onto
 * a plane tangent at its own centre (equirectangular), which is accurate to a fraction of a percent at that
 * scale.
 */
public final class GroundArea {

	private static final double METRES_PER_DEGREE_LAT = 110_574.0;
	private static final double METRES_PER_DEGREE_LNG_AT_EQUATOR = 111_320.0;

	private GroundArea() {
	}

	public static double squareMetres(Geometry wgs84) {
		if (wgs84 == null || wgs84.isEmpty()) {
			return 0;
		}
		Coordinate centre = wgs84.getEnvelopeInternal().centre();
		double kx = METRES_PER_DEGREE_LNG_AT_EQUATOR * Math.cos(Math.toRadians(centre.y));
		Geometry projected = wgs84.copy();
		projected.apply((CoordinateFilter) c -> {
			c.x = (c.x - centre.x) * kx;
			c.y = (c.y - centre.y) * METRES_PER_DEGREE_LAT;
		});
		projected.geometryChanged();
		return projected.getArea();
	}

	/** Degrees of latitude that make the given number of metres; good enough for small tolerances. */
	public static double degrees(double metres) {
		return metres / METRES_PER_DEGREE_LAT;
	}
}

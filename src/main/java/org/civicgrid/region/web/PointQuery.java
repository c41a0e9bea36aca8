package org.civicgrid.region.web;

import java.util.ArrayList;
import java.util.List;

import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.geo.ChinaCoordinates;
import org.springframework.http.HttpStatus;

/** A point asked about as {@code lat}, {@code lng} and {@code crs} (wgs84 or gcj02), checked and in WGS-84. */
record PointQuery(double lat, double lng) {

	static PointQuery of(double lat, double lng, String crs) {
		List<FieldProblem> errors = new ArrayList<>();
		if (!(lat >= -90 && lat <= 90)) {
			errors.add(FieldProblem.of("lat", "validation.range", -90, 90));
		}
		if (!(lng >= -180 && lng <= 180)) {
			errors.add(FieldProblem.of("lng", "validation.range", -180, 180));
		}
		boolean gcj02 = "gcj02".equalsIgnoreCase(crs);
		if (!gcj02 && !"wgs84".equalsIgnoreCase(crs)) {
			errors.add(FieldProblem.of("crs", "region.crs-unknown", crs));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(HttpStatus.BAD_REQUEST, errors);
		}
		if (gcj02) {
			double[] wgs = ChinaCoordinates.toWgs84(lat, lng);
			return new PointQuery(wgs[0], wgs[1]);
		}
		return new PointQuery(lat, lng);
	}
}

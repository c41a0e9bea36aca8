package org.civicgrid.shared.geo;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

class GroundAreaTests {

	private static final GeometryFactory GEOMETRY = new GeometryFactory();

	private static Geometry square(double lng, double lat, double side) {
		return GEOMETRY.createPolygon(new Coordinate[] { new Coordinate(lng, lat), new Coordinate(lng + side, lat),
				new Coordinate(lng + side, lat + side), new Coordinate(lng, lat + side), new Coordinate(lng, lat) });
	}

	@Test
	void aHundredthOfADegreeSquareInZhengzhouIsAboutOneSquareKilometre() {
		double area = GroundArea.squareMetres(square(113.73, 34.765, 0.01));
		assertThat(area).isCloseTo(1_013_000.0, withinPercentage(1));
	}

	@Test
	void theSameSquareFurtherNorthIsSmaller() {
		assertThat(GroundArea.squareMetres(square(116.40, 39.90, 0.01)))
			.isLessThan(GroundArea.squareMetres(square(113.73, 34.765, 0.01)));
	}

	@Test
	void nothingHasNoArea() {
		assertThat(GroundArea.squareMetres(null)).isZero();
		assertThat(GroundArea.squareMetres(GEOMETRY.createPolygon())).isZero();
	}

	@Test
	void doesNotChangeTheGeometryItMeasures() {
		Geometry g = square(113.73, 34.765, 0.01);
		Geometry copy = g.copy();
		GroundArea.squareMetres(g);
		assertThat(g.equalsExact(copy)).isTrue();
	}

	@Test
	void degreesOfLatitudeForMetres() {
		assertThat(GroundArea.degrees(110_574.0)).isCloseTo(1.0, within(1e-12));
		assertThat(GroundArea.degrees(5)).isCloseTo(4.5e-5, within(1e-6));
	}
}

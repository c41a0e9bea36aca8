package org.civicgrid.shared.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ChinaCoordinatesTests {

	/** Ground distance in metres between two nearby {lat, lng} points. */
	private static double metres(double[] a, double[] b) {
		double dy = (a[0] - b[0]) * 110_574.0;
		double dx = (a[1] - b[1]) * 111_320.0 * Math.cos(Math.toRadians(a[0]));
		return Math.hypot(dx, dy);
	}

	@Test
	void gcj02ShiftsAPointInZhengzhouByAFewHundredMetres() {
		double[] wgs = { 34.77, 113.73 };
		double[] gcj = ChinaCoordinates.toGcj02(wgs[0], wgs[1]);
		assertThat(metres(wgs, gcj)).isBetween(300.0, 800.0);
		// the published transform moves Zhengzhou mostly east (about 566 m east and 110 m south)
		assertThat((gcj[1] - wgs[1]) * 111_320.0 * Math.cos(Math.toRadians(wgs[0]))).isBetween(450.0, 700.0);
		assertThat((gcj[0] - wgs[0]) * 110_574.0).isBetween(-200.0, 0.0);
	}

	@ParameterizedTest
	@CsvSource({ "34.77, 113.73", "34.7612345, 113.7187654", "39.9042, 116.4074", "22.5431, 114.0579",
			"43.8256, 87.6168", "31.2304, 121.4737" })
	void convertingToGcj02AndBackReturnsTheSamePoint(double lat, double lng) {
		double[] gcj = ChinaCoordinates.toGcj02(lat, lng);
		assertThat(gcj[0]).isNotEqualTo(lat);
		double[] back = ChinaCoordinates.toWgs84(gcj[0], gcj[1]);
		assertThat(back[0]).isCloseTo(lat, within(1e-6));
		assertThat(back[1]).isCloseTo(lng, within(1e-6));
	}

	@ParameterizedTest
	@CsvSource({ "48.8566, 2.3522", "-33.8688, 151.2093", "40.7128, -74.0060", "35.6762, 139.6503" })
	void outsideChinaBothSystemsCoincide(double lat, double lng) {
		assertThat(ChinaCoordinates.toGcj02(lat, lng)).containsExactly(lat, lng);
		assertThat(ChinaCoordinates.toWgs84(lat, lng)).containsExactly(lat, lng);
	}
}

package org.civicgrid.region.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.region.CoverageWarning;
import org.civicgrid.region.CoverageWarning.Kind;
import org.civicgrid.shared.geo.GroundArea;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CoverageCheckTests {

	private static final double LNG = 113.73;
	private static final double LAT = 34.77;
	private static final double D = 0.001; // about 91 m east-west, 111 m north-south

	private final CoverageCheck check = new CoverageCheck();

	/** A rectangle in units of D from (LNG, LAT). */
	private static Geometry box(double x0, double y0, double x1, double y1) {
		return GeoJson.FACTORY.createPolygon(new Coordinate[] { c(x0, y0), c(x1, y0), c(x1, y1), c(x0, y1), c(x0, y0) });
	}

	private static Coordinate c(double x, double y) {
		return new Coordinate(LNG + x * D, LAT + y * D);
	}

	/** Sibling check as after an import of all the children. */
	private List<CoverageWarning> siblings(String parent, Geometry shape, Map<String, Geometry> children) {
		return check.siblings(parent, shape, children, children.keySet());
	}

	@Test
	void anOldOverlapBetweenSiblingsTheImportDidNotTouchIsNotReportedAgain() {
		Map<String, Geometry> children = children("A", box(0, 0, 1.5, 1), "B", box(1, 0, 2, 1), "C", box(2, 0, 3, 1));
		assertThat(check.siblings("P", null, children, java.util.Set.of("C"))).isEmpty();
		assertThat(check.siblings("P", null, children, java.util.Set.of("B"))).hasSize(1);
	}

	private static Map<String, Geometry> children(Object... codeAndShape) {
		Map<String, Geometry> map = new LinkedHashMap<>();
		for (int i = 0; i < codeAndShape.length; i += 2) {
			map.put((String) codeAndShape[i], (Geometry) codeAndShape[i + 1]);
		}
		return map;
	}

	@Test
	void childrenThatTileTheirParentExactlyGiveNoWarnings() {
		List<CoverageWarning> warnings = siblings("P", box(0, 0, 2, 1),
				children("A", box(0, 0, 1, 1), "B", box(1, 0, 2, 1)));
		assertThat(warnings).isEmpty();
	}

	@Test
	void overlappingSiblingsAreReportedWithTheOverlapArea() {
		Geometry a = box(0, 0, 1.5, 1);
		Geometry b = box(1, 0, 2, 1);
		List<CoverageWarning> warnings = siblings("P", box(0, 0, 2, 1), children("A", a, "B", b));
		double expected = GroundArea.squareMetres(box(1, 0, 1.5, 1));
		assertThat(expected).isBetween(4000.0, 6000.0);
		assertThat(warnings).singleElement().satisfies(w -> {
			assertThat(w.kind()).isEqualTo(Kind.OVERLAP);
			assertThat(w.codes()).containsExactly("A", "B");
			assertThat(w.areaSquareMetres()).isCloseTo(expected, within(0.1));
		});
	}

	@Test
	void everyOverlappingPairIsReportedOnce() {
		List<CoverageWarning> warnings = siblings("P", null,
				children("A", box(0, 0, 2, 2), "B", box(1, 1, 3, 3), "C", box(1.5, 1.5, 4, 4), "D", box(10, 10, 11, 11)));
		assertThat(warnings).allSatisfy(w -> assertThat(w.kind()).isEqualTo(Kind.OVERLAP));
		assertThat(warnings).extracting(CoverageWarning::codes)
			.containsExactlyInAnyOrder(List.of("A", "B"), List.of("A", "C"), List.of("B", "C"));
	}

	@Test
	void theParentsUncoveredPartIsReportedAsAGap() {
		Geometry parent = box(0, 0, 2, 1);
		List<CoverageWarning> warnings = siblings("P", parent, children("A", box(0, 0, 1, 1)));
		assertThat(warnings).singleElement().satisfies(w -> {
			assertThat(w.kind()).isEqualTo(Kind.GAP);
			assertThat(w.codes()).containsExactly("P");
			assertThat(w.areaSquareMetres()).isCloseTo(GroundArea.squareMetres(box(1, 0, 2, 1)), within(0.1));
		});
	}

	@Test
	void overlapsAndGapsAreReportedTogether() {
		List<CoverageWarning> warnings = siblings("P", box(0, 0, 3, 1),
				children("A", box(0, 0, 1.2, 1), "B", box(1, 0, 2, 1)));
		assertThat(warnings).extracting(CoverageWarning::kind).containsExactly(Kind.OVERLAP, Kind.GAP);
		assertThat(warnings.get(1).areaSquareMetres()).isCloseTo(GroundArea.squareMetres(box(2, 0, 3, 1)), within(0.1));
	}

	@Test
	void withoutAParentBoundaryOnlyOverlapsAreChecked() {
		assertThat(siblings("P", null, children("A", box(0, 0, 1, 1)))).isEmpty();
	}

	@Test
	void sliversUnderASquareMetreAreRoundingNotFindings() {
		// 1e-7° (about 1 cm) by 0.5 D (about 55 m): under a square metre
		Geometry a = box(0, 0, 1, 1);
		Geometry b = box(1 - 1e-4, 0, 2, 0.5);
		assertThat(GroundArea.squareMetres(a.intersection(b))).isBetween(0.1, 1.0);
		assertThat(siblings("P", null, children("A", a, "B", b))).isEmpty();
		assertThat(check.outsideArea(box(0, 0, 1 + 1e-4, 0.5), box(0, 0, 1, 1))).isZero();
	}

	@Test
	void outsideAreaIsZeroForAChildInsideItsParent() {
		assertThat(check.outsideArea(box(0.2, 0.2, 0.8, 0.8), box(0, 0, 1, 1))).isZero();
		assertThat(check.outsideArea(box(0, 0, 1, 1), box(0, 0, 1, 1))).isZero();
	}

	@Test
	void outsideAreaMeasuresThePartOfTheChildBeyondItsParent() {
		double outside = check.outsideArea(box(0.5, 0, 1.5, 1), box(0, 0, 1, 1));
		assertThat(outside).isCloseTo(GroundArea.squareMetres(box(1, 0, 1.5, 1)), within(0.01));
		assertThat(check.outsideArea(box(5, 5, 6, 6), box(0, 0, 1, 1)))
			.isCloseTo(GroundArea.squareMetres(box(5, 5, 6, 6)), within(0.01));
	}

	@Test
	void roundsAreasToATenthOfASquareMetre() {
		assertThat(CoverageCheck.round(1234.5678)).isEqualTo(1234.6);
		assertThat(CoverageCheck.round(0.04)).isEqualTo(0.0);
	}
}

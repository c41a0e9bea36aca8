package org.civicgrid.region.internal;

import java.util.ArrayList;
import java.util.List;

import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.geo.GeoJsonGeometry;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GeoJsonTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<FieldProblem> errors = new ArrayList<>();

	private static JsonNode json(String text) {
		return JSON.readTree(text.replace('\'', '"'));
	}

	private Geometry read(String geometry) {
		return GeoJson.read(json(geometry), 3, "geometry", errors);
	}

	private static final String SQUARE = "[[113.70,34.76],[113.71,34.76],[113.71,34.77],[113.70,34.77],[113.70,34.76]]";

	@Test
	void readsAPolygonLongitudeFirst() {
		Geometry g = read("{'type':'Polygon','coordinates':[" + SQUARE + "]}");
		assertThat(errors).isEmpty();
		assertThat(g).isInstanceOf(Polygon.class);
		assertThat(g.getEnvelopeInternal().getMinX()).isEqualTo(113.70);
		assertThat(g.getEnvelopeInternal().getMaxY()).isEqualTo(34.77);
		assertThat(g.getArea()).isCloseTo(0.0001, within(1e-12));
		assertThat(g.getSRID()).isEqualTo(4326);
	}

	@Test
	void readsAPolygonWithAHole() {
		Polygon g = (Polygon) read("{'type':'Polygon','coordinates':[" + SQUARE
				+ ",[[113.702,34.762],[113.702,34.764],[113.704,34.764],[113.704,34.762],[113.702,34.762]]]}");
		assertThat(errors).isEmpty();
		assertThat(g.getNumInteriorRing()).isEqualTo(1);
		assertThat(g.getArea()).isCloseTo(0.0001 - 0.000004, within(1e-12));
	}

	@Test
	void readsAMultiPolygonOfTwoParts() {
		Geometry g = read("{'type':'MultiPolygon','coordinates':[[" + SQUARE
				+ "],[[[113.72,34.76],[113.73,34.76],[113.73,34.77],[113.72,34.76]]]]}");
		assertThat(errors).isEmpty();
		assertThat(g).isInstanceOf(MultiPolygon.class);
		assertThat(g.getNumGeometries()).isEqualTo(2);
		assertThat(g.getEnvelopeInternal().getMaxX()).isEqualTo(113.73);
	}

	@Test
	void writingAndReadingBackGivesTheSameGeometry() {
		Geometry g = read("{'type':'Polygon','coordinates':[" + SQUARE + "]}");
		Geometry back = GeoJson.read(JSON.valueToTree(GeoJsonGeometry.of(g)), null, "b", errors);
		assertThat(errors).isEmpty();
		assertThat(back.equalsExact(g)).isTrue();
	}

	@Test
	void refusesAnOpenRingNamingTheRing() {
		Geometry g = read("{'type':'Polygon','coordinates':[[[113.70,34.76],[113.71,34.76],[113.71,34.77],[113.70,34.77]]]}");
		assertThat(g).isNull();
		assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.item()).isEqualTo(3);
			assertThat(e.field()).isEqualTo("geometry.coordinates[0]");
			assertThat(e.messageKey()).isEqualTo("geojson.ring-open");
		});
	}

	@Test
	void refusesARingOfThreePositions() {
		Geometry g = read("{'type':'Polygon','coordinates':[[[113.70,34.76],[113.71,34.76],[113.70,34.76]]]}");
		assertThat(g).isNull();
		assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.item()).isEqualTo(3);
			assertThat(e.field()).isEqualTo("geometry.coordinates[0]");
			assertThat(e.messageKey()).isEqualTo("geojson.ring-too-short");
		});
	}

	@Test
	void refusesANonNumericPositionNamingIt() {
		Geometry g = read("{'type':'Polygon','coordinates':[[[113.70,34.76],[113.71,34.76],['113.71',34.77],[113.70,34.77],[113.70,34.76]]]}");
		assertThat(g).isNull();
		assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.field()).isEqualTo("geometry.coordinates[0][2]");
			assertThat(e.messageKey()).isEqualTo("geojson.position");
		});
	}

	@Test
	void refusesAPositionWithOneNumber() {
		assertThat(read("{'type':'Polygon','coordinates':[[[113.70,34.76],[113.71],[113.71,34.77],[113.70,34.76]]]}")).isNull();
		assertThat(errors).extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("geometry.coordinates[0][1]", "geojson.position"));
	}

	@Test
	void refusesALongitudeOutOfRange() {
		Geometry g = read("{'type':'Polygon','coordinates':[[[113.70,34.76],[181,34.76],[113.71,34.77],[113.70,34.76]]]}");
		assertThat(g).isNull();
		assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.field()).isEqualTo("geometry.coordinates[0][1]");
			assertThat(e.messageKey()).isEqualTo("geojson.out-of-range");
			assertThat(e.args()).containsExactly(181.0, 34.76);
		});
	}

	@Test
	void refusesALatitudeOutOfRange() {
		Geometry g = read("{'type':'Polygon','coordinates':[[[113.70,34.76],[113.71,34.76],[113.71,-90.5],[113.70,34.76]]]}");
		assertThat(g).isNull();
		assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.field()).isEqualTo("geometry.coordinates[0][2]");
			assertThat(e.messageKey()).isEqualTo("geojson.out-of-range");
		});
	}

	@Test
	void refusesASelfIntersectingBowTieAsInvalidWithWhereItCrosses() {
		// (0,0) → (1,1) → (1,0) → (0,1) → (0,0): the two diagonals cross in the middle
		Geometry g = read("{'type':'Polygon','coordinates':[[[113.70,34.76],[113.71,34.77],[113.71,34.76],[113.70,34.77],[113.70,34.76]]]}");
		assertThat(g).isNull();
		assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.item()).isEqualTo(3);
			assertThat(e.field()).isEqualTo("geometry");
			assertThat(e.messageKey()).isEqualTo("geojson.invalid");
			assertThat(e.args()).hasSize(2);
			assertThat((String) e.args()[0]).containsIgnoringCase("self-intersection");
			assertThat((String) e.args()[1]).isEqualTo("34.765000, 113.705000");
		});
	}

	@Test
	void refusesAnInvalidPartOfAMultiPolygonNamingThePart() {
		Geometry g = read("{'type':'MultiPolygon','coordinates':[[" + SQUARE
				+ "],[[[113.72,34.76],[113.73,34.76],[113.73,34.77]]]]}");
		assertThat(g).isNull();
		assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.field()).isEqualTo("geometry.coordinates[1][0]");
			assertThat(e.messageKey()).isEqualTo("geojson.ring-too-short");
		});
	}

	@Test
	void refusesAMultiPolygonWithoutPolygonsRatherThanReadingItAsNoBoundary() {
		Geometry g = read("{'type':'MultiPolygon','coordinates':[]}");
		assertThat(g).isNull();
		assertThat(errors).as("a null geometry without an error would erase the boundary").singleElement()
			.satisfies(e -> {
				assertThat(e.item()).isEqualTo(3);
				assertThat(e.field()).isEqualTo("geometry.coordinates");
			});
	}

	@Test
	void refusesAPolygonWithoutRings() {
		assertThat(read("{'type':'Polygon','coordinates':[]}")).isNull();
		assertThat(errors).extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("geometry.coordinates", "geojson.rings-missing"));
	}

	@Test
	void refusesAPointAsUnsupportedType() {
		Geometry g = read("{'type':'Point','coordinates':[113.70,34.76]}");
		assertThat(g).isNull();
		assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.item()).isEqualTo(3);
			assertThat(e.field()).isEqualTo("geometry.type");
			assertThat(e.messageKey()).isEqualTo("geojson.type");
			assertThat(e.args()).containsExactly("Point");
		});
	}

	@Test
	void refusesSomethingThatIsNotAnObjectOrHasNoCoordinates() {
		assertThat(GeoJson.read(json("[1,2]"), null, "geometry", errors)).isNull();
		assertThat(read("{'type':'Polygon'}")).isNull();
		assertThat(errors).extracting(FieldProblem::item, FieldProblem::field, FieldProblem::messageKey).containsExactly(
				org.assertj.core.groups.Tuple.tuple(null, "geometry", "geojson.not-object"),
				org.assertj.core.groups.Tuple.tuple(3, "geometry.coordinates", "geojson.coordinates-missing"));
	}
}

package org.civicgrid.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.region.RegionFixtures.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civicgrid.demo.DemoRegion;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import tools.jackson.databind.JsonNode;

/**
 * The public map a resident's report form draws: the outlines and the grids with their code, name and level, and
 * nothing a street office keeps to its staff. The report API agrees with it: a point just outside the drawn outline
 * is refused naming the location, a point inside a drawn grid lands in that grid.
 */
class PublicMapApiTests extends ApiTest {

	static final String STREET = "410105560";
	static final String GRID = "410105560001001";

	@Test
	void aResidentGetsTheOutlineAndEveryGridWithOnlyTheirPublicFields() {
		var r = api.as("resident1").get("/api/v1/regions/public-map");
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.contentType()).startsWith("application/geo+json");
		JsonNode features = r.json().path("features");
		assertThat(r.json().path("type").asString()).isEqualTo("FeatureCollection");

		Map<String, JsonNode> byCode = new HashMap<>();
		for (JsonNode f : features) {
			assertThat(f.propertyNames()).containsExactlyInAnyOrder("type", "id", "geometry", "properties");
			assertThat(f.path("properties").propertyNames()).as(f.toString())
				.containsExactlyInAnyOrder("code", "name", "level");
			assertThat(f.path("properties").path("level").asString()).isIn("DISTRICT", "STREET", "GRID");
			assertThat(f.path("geometry").path("type").asString()).isIn("Polygon", "MultiPolygon");
			byCode.put(f.path("properties").path("code").asString(), f);
		}
		List<DemoRegion> demoGrids = demo().stream().filter(d -> d.level() == RegionLevel.GRID).toList();
		assertThat(demoGrids).hasSize(56);
		for (DemoRegion grid : demoGrids) {
			assertThat(byCode).containsKey(grid.code());
			assertThat(byCode.get(grid.code()).path("properties").path("name").asString()).isEqualTo(grid.name());
		}
		assertThat(byCode.get(STREET).path("properties").path("level").asString()).isEqualTo("STREET");
		assertThat(byCode.get(STREET).path("properties").path("name").asString()).as("the official name").isEqualTo("如意湖街道");
		assertThat(byCode).as("communities and buildings are not drawn").doesNotContainKey("410105560001");

		// not one staff name or phone of the demo district is in the answer
		Set<String> staff = new HashSet<>();
		demo().forEach(d -> d.staff().stream().map(StaffMember::phone).filter(p -> p != null).forEach(staff::add));
		demo().forEach(d -> d.staff().stream().map(StaffMember::name).forEach(staff::add));
		assertThat(staff).hasSizeGreaterThan(100);
		assertThat(staff).allSatisfy(s -> assertThat(r.body()).doesNotContain(s));
	}

	@Test
	void aVolunteerGetsTheSameMapAndNobodySignedOutGetsIt() {
		var resident = api.as("resident1").get("/api/v1/regions/public-map");
		var volunteer = api.as("volunteer1").get("/api/v1/regions/public-map");
		assertThat(volunteer.status()).isEqualTo(200);
		assertThat(codes(volunteer.json())).isEqualTo(codes(resident.json()));
		var anonymous = api.get("/api/v1/regions/public-map");
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.json().path("type").asString()).endsWith("/unauthenticated");
	}

	@Test
	void aPointJustOutsideTheDrawnOutlineIsRefusedNamingTheLocationAndOneInsideAGridLandsInIt() {
		Envelope street = demo(STREET).boundary().getEnvelopeInternal();
		double north = street.getMaxY() + 0.0005;
		double lng = (street.getMinX() + street.getMaxX()) / 2;
		String marker = "界外 " + System.nanoTime();
		var outside = api.as("resident1").post("/api/v1/cases", Map.of("categoryCode", "E0102", "description", marker,
				"location", Map.of("lat", north, "lng", lng)));
		assertThat(outside.status()).as(outside.body()).isEqualTo(422);
		assertThat(outside.errorFields()).containsExactly("location");
		assertThat(outside.json().path("errors").get(0).path("message").asString()).contains("不在本辖区任何网格内");
		assertThat(api.as("admin").get("/api/v1/cases?text=" + java.net.URLEncoder.encode(marker,
				java.nio.charset.StandardCharsets.UTF_8)).json().path("total").asInt()).isZero();

		Point inside = demo(GRID).boundary().getInteriorPoint();
		var reported = api.as("resident1").post("/api/v1/cases", Map.of("categoryCode", "E0102",
				"description", "界内 " + System.nanoTime(), "location", Map.of("lat", inside.getY(), "lng", inside.getX())));
		assertThat(reported.status()).as(reported.body()).isEqualTo(201);
		assertThat(reported.json().path("gridCode").asString()).isEqualTo(GRID);
	}

	private static List<String> codes(JsonNode collection) {
		List<String> codes = new ArrayList<>();
		collection.path("features").forEach(f -> codes.add(f.path("properties").path("code").asString()));
		return codes;
	}
}

package org.civicgrid.region;

import org.civicgrid.demo.DemoRegion;
import org.civicgrid.shared.geo.ChinaCoordinates;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.region.RegionFixtures.demo;
import static org.civicgrid.region.RegionReadApiTests.codes;

/** Which grid a point lies in: the contact card a resident's phone asks for. */
@IntegrationTest
class LocateApiTests {

	@LocalServerPort
	int port;

	Api api;

	double lat;
	double lng;

	@BeforeEach
	void setUp() {
		api = Api.on(port);
		JsonNode centroid = api.as("gridworker1").get("/api/v1/regions/410105560001001").json().path("centroid");
		lat = centroid.path("lat").asDouble();
		lng = centroid.path("lng").asDouble();
		assertThat(lat).isBetween(34.7, 34.8);
		assertThat(lng).isBetween(113.7, 113.8);
	}

	private static void assertIsTheCardOf0010001(JsonNode card) {
		DemoRegion grid = demo("410105560001001");
		DemoRegion partner = demo(grid.abPartner());
		assertThat(card.path("grid").path("code").asString()).isEqualTo("410105560001001");
		assertThat(card.path("grid").path("name").asString()).isEqualTo(grid.name());
		assertThat(card.path("grid").path("level").asString()).isEqualTo("GRID");
		assertThat(codes(card.path("ancestors"))).containsExactly("410105", "410105560", "410105560001");
		assertThat(card.path("staff").size()).isEqualTo(5);
		for (int i = 0; i < 5; i++) {
			assertThat(card.path("staff").get(i).path("name").asString()).isEqualTo(grid.staff().get(i).name());
			assertThat(card.path("staff").get(i).path("phone").asString()).isEqualTo(grid.staff().get(i).phone());
		}
		assertThat(card.path("abPartner").path("grid").path("code").asString()).isEqualTo(partner.code());
		assertThat(card.path("abPartner").path("staff").get(1).path("name").asString())
			.isEqualTo(partner.staff().get(1).name());
	}

	@Test
	void theCentroidOfAGridLocatesThatGridWithItsContactCard() {
		var r = api.as("gridworker1").get("/api/v1/regions/locate?lat=" + lat + "&lng=" + lng);
		assertThat(r.status()).isEqualTo(200);
		assertIsTheCardOf0010001(r.json());
	}

	@Test
	void residentsMayLocateTheirGrid() {
		var r = api.as("resident1").get("/api/v1/regions/locate?lat=" + lat + "&lng=" + lng + "&crs=wgs84");
		assertThat(r.status()).isEqualTo(200);
		assertIsTheCardOf0010001(r.json());
	}

	@Test
	void aPhoneMapPointInGcj02LocatesTheSameGrid() {
		double[] gcj = ChinaCoordinates.toGcj02(lat, lng);
		var r = api.as("resident1").get("/api/v1/regions/locate?lat=" + gcj[0] + "&lng=" + gcj[1] + "&crs=gcj02");
		assertThat(r.status()).isEqualTo(200);
		assertIsTheCardOf0010001(r.json());
		// taken as WGS-84, the same numbers lie several hundred metres away, in another grid or none
		var wrong = api.as("resident1").get("/api/v1/regions/locate?lat=" + gcj[0] + "&lng=" + gcj[1]);
		assertThat(wrong.body()).doesNotContain("\"code\":\"410105560001001\",\"name\"");
	}

	@Test
	void theCoordinateSystemNameIgnoresCase() {
		double[] gcj = ChinaCoordinates.toGcj02(lat, lng);
		var r = api.as("resident1").get("/api/v1/regions/locate?lat=" + gcj[0] + "&lng=" + gcj[1] + "&crs=GCJ02");
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.json().path("grid").path("code").asString()).isEqualTo("410105560001001");
	}

	@Test
	void aPointFarAwayIsInNoGrid() {
		var r = api.as("resident1").get("/api/v1/regions/locate?lat=39.9&lng=116.4");
		assertThat(r.status()).isEqualTo(404);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(r.json().path("type").asString()).endsWith("/not-found");
		assertThat(r.json().path("detail").asString()).isEqualTo("坐标（纬度 39.9，经度 116.4）不在本辖区任何网格内");
	}

	@Test
	void aLatitudeOutOfRangeIsRefusedNamingLat() {
		var r = api.as("resident1").get("/api/v1/regions/locate?lat=95&lng=113.73");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().path("type").asString()).endsWith("/validation");
		assertThat(r.errorFields()).containsExactly("lat");
		assertThat(r.json().path("errors").get(0).path("message").asString()).isEqualTo("应在 -90 到 90 之间");
	}

	@Test
	void aLatitudeThatIsNotANumberIsRefusedNamingLat() {
		var r = api.as("resident1").get("/api/v1/regions/locate?lat=abc&lng=113.73");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.errorFields()).containsExactly("lat");
		var nan = api.as("resident1").get("/api/v1/regions/locate?lat=NaN&lng=113.73");
		assertThat(nan.status()).isEqualTo(400);
		assertThat(nan.errorFields()).containsExactly("lat");
	}

	@Test
	void aMissingLongitudeIsRefusedNamingLng() {
		var r = api.as("resident1").get("/api/v1/regions/locate?lat=34.77");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.errorFields()).containsExactly("lng");
		assertThat(r.json().path("errors").get(0).path("message").asString()).isEqualTo("必填");
	}

	@Test
	void anUnknownCoordinateSystemIsRefusedNamingCrs() {
		var r = api.as("resident1").get("/api/v1/regions/locate?lat=34.77&lng=113.73&crs=foo");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.errorFields()).containsExactly("crs");
		assertThat(r.json().path("errors").get(0).path("message").asString()).contains("foo");
	}

	@Test
	void everyWrongParameterIsNamedAtOnce() {
		var r = api.as("resident1").inEnglish().get("/api/v1/regions/locate?lat=-91&lng=181&crs=bd09");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.errorFields()).containsExactly("lat", "lng", "crs");
		assertThat(r.json().path("detail").asString()).isEqualTo("3 input problem(s); see errors for each field.");
	}

	@Test
	void locatingNeedsASignedInCaller() {
		var r = api.get("/api/v1/regions/locate?lat=" + lat + "&lng=" + lng);
		assertThat(r.status()).isEqualTo(401);
		assertThat(r.json().path("type").asString()).endsWith("/unauthenticated");
		assertThat(r.body()).doesNotContain("410105560001001");
	}
}

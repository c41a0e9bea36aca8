package org.civicgrid.region;

import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;

import java.util.ArrayList;
import java.util.List;

import org.civicgrid.demo.DemoRegion;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.civicgrid.region.RegionFixtures.demo;
import static org.civicgrid.region.RegionFixtures.demoUnder;

/** Reading the hierarchy: the tree, one region's detail, its boundary and its staff. */
class RegionReadApiTests extends ApiTest {

	static List<String> codes(JsonNode array) {
		List<String> codes = new ArrayList<>();
		array.forEach(n -> codes.add(n.path("code").asString()));
		return codes;
	}

	static JsonNode child(JsonNode node, String code) {
		for (JsonNode c : node.path("children")) {
			if (code.equals(c.path("code").asString())) {
				return c;
			}
		}
		throw new AssertionError("no child " + code + " under " + node.path("code").asString());
	}

	static int depthOf(JsonNode node) {
		int deepest = 0;
		for (JsonNode c : node.path("children")) {
			deepest = Math.max(deepest, 1 + depthOf(c));
		}
		return deepest;
	}

	private static List<String> demoChildren(String code) {
		return demo().stream().filter(r -> code.equals(RegionCode.of(r.code()).parent().map(RegionCode::value).orElse(null))).map(DemoRegion::code).toList();
	}

	@Test
	void theTreeStartsAtTheCallersRegionTwoLevelsDeep() {
		var r = api.as("community1").get("/api/v1/regions/tree");
		assertThat(r.status()).isEqualTo(200);
		JsonNode root = r.json();
		assertThat(root.path("code").asString()).isEqualTo("410105560001");
		assertThat(root.path("name").asString()).isEqualTo(demo("410105560001").name());
		assertThat(root.path("level").asString()).isEqualTo("COMMUNITY");
		assertThat(root.path("childCount").asInt()).isEqualTo(7);
		assertThat(codes(root.path("children"))).isEqualTo(demoChildren("410105560001"));
		assertThat(depthOf(root)).isEqualTo(2);
		for (JsonNode grid : root.path("children")) {
			String code = grid.path("code").asString();
			assertThat(grid.path("level").asString()).isEqualTo("GRID");
			assertThat(grid.path("name").asString()).isEqualTo(demo(code).name());
			assertThat(codes(grid.path("children"))).isEqualTo(demoChildren(code));
			assertThat(grid.path("childCount").asInt()).isEqualTo(demoChildren(code).size());
			for (JsonNode building : grid.path("children")) {
				assertThat(building.path("level").asString()).isEqualTo("BUILDING");
				assertThat(building.path("children")).isEmpty();
			}
		}
	}

	@Test
	void theStreetTreeOfTheDispatcherHoldsTheEightDemoCommunities() {
		var r = api.as("dispatcher").get("/api/v1/regions/tree?depth=1");
		assertThat(r.status()).isEqualTo(200);
		JsonNode root = r.json();
		assertThat(root.path("code").asString()).isEqualTo("410105560");
		assertThat(root.path("name").asString()).isEqualTo("如意湖街道");
		assertThat(root.path("level").asString()).isEqualTo("STREET");
		// other tests may import communities 009 and up
		assertThat(codes(root.path("children"))).startsWith("410105560001", "410105560002", "410105560003",
				"410105560004", "410105560005", "410105560006", "410105560007", "410105560008");
		assertThat(root.path("childCount").asInt()).isEqualTo(root.path("children").size());
		for (JsonNode community : root.path("children")) {
			assertThat(community.path("children")).as("past the requested depth").isEmpty();
		}
		assertThat(child(root, "410105560003").path("childCount").asInt()).isEqualTo(7);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2, 3, 4 })
	void theTreeGoesExactlyAsDeepAsAsked(int depth) {
		var r = api.as("admin").get("/api/v1/regions/tree?root=410105&depth=" + depth);
		assertThat(r.status()).isEqualTo(200);
		JsonNode node = r.json();
		assertThat(node.path("code").asString()).isEqualTo("410105");
		assertThat(node.path("name").asString()).isEqualTo("金水区");
		assertThat(node.path("level").asString()).isEqualTo("DISTRICT");
		assertThat(depthOf(node)).isEqualTo(depth);
		String[] path = { "410105560", "410105560001", "410105560001001", "410105560001001001" };
		for (int level = 0; level < depth; level++) {
			node = child(node, path[level]);
		}
		assertThat(node.path("children")).isEmpty();
		if (depth < 4) {
			assertThat(node.path("childCount").asInt()).as("childCount counts what is not shown").isPositive();
		}
		else {
			assertThat(node.path("level").asString()).isEqualTo("BUILDING");
			assertThat(node.path("name").asString()).isEqualTo(demo("410105560001001001").name());
			assertThat(node.path("childCount").asInt()).isZero();
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 5, -1, 100 })
	void aDepthOutsideZeroToFourIsRefusedNamingDepth(int depth) {
		var r = api.as("admin").get("/api/v1/regions/tree?depth=" + depth);
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(r.json().path("type").asString()).endsWith("/validation");
		assertThat(r.errorFields()).containsExactly("depth");
		assertThat(r.json().path("errors").get(0).path("message").asString()).isEqualTo("应在 0 到 4 之间");
	}

	@Test
	void aRootOutsideTheCallersScopeIsRefused() {
		var r = api.as("community1").get("/api/v1/regions/tree?root=410105560002");
		assertThat(r.status()).isEqualTo(403);
		assertThat(r.json().path("type").asString()).endsWith("/out-of-scope");
		assertThat(r.json().path("detail").asString()).isEqualTo("区域 410105560002 不在您的管辖范围内。");
		assertThat(r.body()).doesNotContain(demo("410105560002001").name());
	}

	@Test
	void anUnknownRootInScopeIsNotFound() {
		var r = api.as("dispatcher").get("/api/v1/regions/tree?root=410105560001099");
		assertThat(r.status()).isEqualTo(404);
		assertThat(r.json().path("type").asString()).endsWith("/not-found");
		assertThat(r.json().path("detail").asString()).isEqualTo("区域 410105560001099 不存在");
	}

	@Test
	void aMalformedRootIsRefusedNamingRoot() {
		var r = api.as("dispatcher").get("/api/v1/regions/tree?root=41010556x");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.errorFields()).containsExactly("root");
	}

	@Test
	void theDetailOfAGridShowsItsAncestorsPartnerAndCounts() {
		DemoRegion grid = demo("410105560001001");
		DemoRegion partner = demo(grid.abPartner());
		var r = api.as("gridworker1").get("/api/v1/regions/410105560001001");
		assertThat(r.status()).isEqualTo(200);
		JsonNode d = r.json();
		assertThat(d.path("code").asString()).isEqualTo("410105560001001");
		assertThat(d.path("name").asString()).isEqualTo(grid.name());
		assertThat(d.path("level").asString()).isEqualTo("GRID");
		assertThat(d.path("parentCode").asString()).isEqualTo("410105560001");
		assertThat(codes(d.path("ancestors"))).containsExactly("410105", "410105560", "410105560001");
		assertThat(d.path("ancestors").get(0).path("name").asString()).isEqualTo("金水区");
		assertThat(d.path("ancestors").get(1).path("name").asString()).isEqualTo("如意湖街道");
		assertThat(d.path("ancestors").get(2).path("name").asString()).isEqualTo(demo("410105560001").name());
		assertThat(d.path("ancestors").get(2).path("level").asString()).isEqualTo("COMMUNITY");
		assertThat(d.path("abPartner").path("code").asString()).isEqualTo(partner.code());
		assertThat(d.path("abPartner").path("name").asString()).isEqualTo(partner.name());
		assertThat(d.path("childCount").asInt()).isEqualTo(demoChildren("410105560001001").size()).isPositive();
		assertThat(d.path("hasBoundary").asBoolean()).isTrue();
		double lat = d.path("centroid").path("lat").asDouble();
		double lng = d.path("centroid").path("lng").asDouble();
		assertThat(grid.boundary().contains(RegionFixtures.GEOMETRY.createPoint(new Coordinate(lng, lat))))
			.as("centroid %s, %s lies inside the grid", lat, lng).isTrue();
	}

	@Test
	void theDistrictHasNoBoundaryNorAncestors() {
		var r = api.as("admin").get("/api/v1/regions/410105");
		assertThat(r.status()).isEqualTo(200);
		JsonNode d = r.json();
		assertThat(d.path("name").asString()).isEqualTo("金水区");
		assertThat(d.path("level").asString()).isEqualTo("DISTRICT");
		assertThat(d.path("hasBoundary").asBoolean()).isFalse();
		assertThat(d.has("centroid")).isFalse();
		assertThat(d.has("parentCode")).isFalse();
		assertThat(d.path("ancestors")).isEmpty();
		assertThat(d.path("childCount").asInt()).isPositive();
	}

	@Test
	void theDetailOfARegionOutsideTheScopeIsRefused() {
		var r = api.as("gridworker1").get("/api/v1/regions/410105560001002");
		assertThat(r.status()).isEqualTo(403);
		assertThat(r.json().path("type").asString()).endsWith("/out-of-scope");
		assertThat(r.body()).doesNotContain(demo("410105560001002").name());
	}

	@Test
	void aMalformedCodeIsRefusedNamingCode() {
		var r = api.as("admin").get("/api/v1/regions/4101055600");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.errorFields()).containsExactly("code");
		assertThat(r.json().path("errors").get(0).path("message").asString()).contains("4101055600");
	}

	@Test
	void theBoundaryIsAGeoJsonFeatureWithTheGridsPolygon() {
		DemoRegion grid = demo("410105560001001");
		var r = api.as("community1").get("/api/v1/regions/410105560001001/boundary");
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.contentType()).contains("json");
		JsonNode f = r.json();
		assertThat(f.path("type").asString()).isEqualTo("Feature");
		assertThat(f.path("id").asString()).isEqualTo("410105560001001");
		assertThat(f.path("properties").path("code").asString()).isEqualTo("410105560001001");
		assertThat(f.path("properties").path("name").asString()).isEqualTo(grid.name());
		assertThat(f.path("properties").path("level").asString()).isEqualTo("GRID");
		assertThat(f.path("properties").path("parentCode").asString()).isEqualTo("410105560001");
		assertThat(f.path("properties").path("abPartner").asString()).isEqualTo(grid.abPartner());
		assertThat(f.path("properties").has("staff")).isFalse();
		JsonNode geometry = f.path("geometry");
		assertThat(geometry.path("type").asString()).isEqualTo("Polygon");
		JsonNode ring = geometry.path("coordinates").get(0);
		Coordinate[] expected = grid.boundary().getCoordinates();
		assertThat(ring.size()).isEqualTo(expected.length);
		for (int i = 0; i < expected.length; i++) {
			assertThat(ring.get(i).get(0).asDouble()).isCloseTo(expected[i].x, within(1e-9));
			assertThat(ring.get(i).get(1).asDouble()).isCloseTo(expected[i].y, within(1e-9));
		}
	}

	@Test
	void theStaffOfAGridAreItsFivePublishedContacts() {
		DemoRegion grid = demo("410105560001001");
		var r = api.as("gridworker1").get("/api/v1/regions/410105560001001/staff");
		assertThat(r.status()).isEqualTo(200);
		JsonNode staff = r.json();
		assertThat(staff.size()).isEqualTo(5);
		for (int i = 0; i < 5; i++) {
			StaffMember expected = grid.staff().get(i);
			assertThat(staff.get(i).path("duty").asString()).isEqualTo(expected.duty().name());
			assertThat(staff.get(i).path("name").asString()).isEqualTo(expected.name());
			assertThat(staff.get(i).path("phone").asString()).isEqualTo(expected.phone());
			assertThat(staff.get(i).path("photoUrl").asString()).isEqualTo(expected.photoUrl());
		}
	}

	@Test
	void residentsSeeNoStaffLists() {
		var r = api.as("resident1").get("/api/v1/regions/410105560001001/staff");
		assertThat(r.status()).isEqualTo(403);
		assertThat(r.json().path("type").asString()).endsWith("/out-of-scope");
		assertThat(r.body()).doesNotContain(demo("410105560001001").staff().get(0).phone());
	}

	@Test
	void buildingsUnderAGridAreTheGeneratedCourtyards() {
		var r = api.as("gridworker1").get("/api/v1/regions/tree?depth=4");
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.json().path("code").asString()).isEqualTo("410105560001001");
		assertThat(codes(r.json().path("children"))).isEqualTo(
				demoUnder("410105560001001").stream().map(DemoRegion::code).filter(c -> c.length() == 18).toList());
	}
}

package org.civicgrid.region;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.shared.geo.GroundArea;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.civicgrid.region.RegionFixtures.box;
import static org.civicgrid.region.RegionFixtures.collection;
import static org.civicgrid.region.RegionFixtures.feature;
import static org.civicgrid.region.RegionFixtures.insideDemoGrid;
import static org.civicgrid.region.RegionFixtures.jtsBox;
import static org.civicgrid.region.RegionFixtures.member;
import static org.civicgrid.region.RegionFixtures.polygon;
import static org.civicgrid.region.RegionImportApiTests.warning;
import static org.civicgrid.region.RegionReadApiTests.codes;

/**
 * Changing regions one by one: redrawing a boundary, replacing the staff, pairing AB partners. The regions changed
 * are created here, under 龙源路街道 (410105563, no boundary of its own), about 20 km west of the demo street, so
 * the point lookup finds them and nothing of the demo district changes.
 */
@IntegrationTest
class RegionEditApiTests {

	static final String STREET = "410105563";

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		api = Api.on(port);
		var r = api.as("admin").post("/api/v1/regions/import", collection(feature(STREET, "龙源路街道", null)));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
	}

	private JsonNode importAsAdmin(Map<String, Object> collection) {
		var r = api.as("admin").post("/api/v1/regions/import", collection);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json();
	}

	private String locate(double lat, double lng) {
		var r = api.as("resident1").get("/api/v1/regions/locate?lat=" + lat + "&lng=" + lng);
		return r.status() == 404 ? null : r.json().path("grid").path("code").asString();
	}

	private static Map<String, Object> partner(String code) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("partnerCode", code);
		return body;
	}

	@Test
	void aRedrawnGridIsFoundWhereItNowLies() {
		importAsAdmin(collection(feature("410105563001", "重划社区", box(113.50, 34.60, 113.53, 34.61)),
				feature("410105563001001", "重划网格", box(113.50, 34.60, 113.51, 34.61))));
		assertThat(locate(34.605, 113.505)).isEqualTo("410105563001001");
		var card = api.as("resident1").get("/api/v1/regions/locate?lat=34.605&lng=113.505").json();
		assertThat(codes(card.path("ancestors"))).containsExactly("410105", STREET, "410105563001");
		assertThat(card.path("staff")).isEmpty();

		var r = api.as("admin").put("/api/v1/regions/410105563001001/boundary",
				feature(null, null, box(113.52, 34.60, 113.53, 34.61)));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().path("created").asInt()).isZero();
		assertThat(r.json().path("updated").asInt()).isEqualTo(1);
		assertThat(warning(r.json(), "GAP", "410105563001").path("areaSquareMetres").asDouble())
			.isCloseTo(GroundArea.squareMetres(jtsBox(113.50, 34.60, 113.52, 34.61)), within(0.11));

		JsonNode ring = api.as("admin").get("/api/v1/regions/410105563001001/boundary").json()
			.path("geometry").path("coordinates").get(0);
		assertThat(ring.get(0).get(0).asDouble()).isEqualTo(113.52);
		assertThat(ring.get(2).get(0).asDouble()).isEqualTo(113.53);
		JsonNode centroid = api.as("admin").get("/api/v1/regions/410105563001001").json().path("centroid");
		assertThat(centroid.path("lng").asDouble()).isBetween(113.52, 113.53);

		assertThat(locate(34.605, 113.525)).as("the new shape").isEqualTo("410105563001001");
		assertThat(locate(34.605, 113.505)).as("the old shape").isNull();
	}

	@Test
	void aBareGeometryMayBeSentInsteadOfAFeature() {
		importAsAdmin(collection(feature("410105563002", "几何社区", box(113.50, 34.62, 113.53, 34.63)),
				feature("410105563002001", "几何网格", box(113.50, 34.62, 113.51, 34.63))));
		var r = api.as("dispatcher").put("/api/v1/regions/410105563002001/boundary", box(113.50, 34.62, 113.53, 34.63));
		// the dispatcher's street is 如意湖街道, not this one
		assertThat(r.status()).isEqualTo(403);
		assertThat(r.json().path("type").asString()).endsWith("/out-of-scope");

		r = api.as("admin").put("/api/v1/regions/410105563002001/boundary", box(113.50, 34.62, 113.53, 34.63));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().path("updated").asInt()).isEqualTo(1);
		assertThat(r.json().path("warnings")).as("the grid now fills its community").isEmpty();
		assertThat(locate(34.625, 113.525)).isEqualTo("410105563002001");
	}

	@Test
	void aBowTieRedrawIsRefusedAndTheBoundaryStaysAsItWas() {
		importAsAdmin(collection(feature("410105563003", "蝴蝶社区", box(113.50, 34.67, 113.53, 34.68)),
				feature("410105563003001", "蝴蝶网格", box(113.50, 34.67, 113.51, 34.68))));
		String before = api.as("admin").get("/api/v1/regions/410105563003001/boundary").body();

		double[][] bowTie = { { 113.50, 34.67 }, { 113.51, 34.68 }, { 113.51, 34.67 }, { 113.50, 34.68 }, { 113.50, 34.67 } };
		var r = api.as("admin").put("/api/v1/regions/410105563003001/boundary", feature(null, null, polygon(bowTie)));
		assertThat(r.status()).isEqualTo(422);
		assertThat(r.json().path("type").asString()).endsWith("/validation");
		assertThat(r.errorFields()).containsExactly("geometry");
		assertThat(r.json().path("errors").get(0).path("message").asString()).startsWith("多边形无效：Self-intersection");

		assertThat(api.as("admin").get("/api/v1/regions/410105563003001/boundary").body()).isEqualTo(before);
		assertThat(locate(34.675, 113.505)).isEqualTo("410105563003001");
	}

	@Test
	void aRedrawWithAnEmptyMultiPolygonIsRefusedAndDoesNotEraseTheBoundary() {
		importAsAdmin(collection(feature("410105563005", "空几何社区", box(113.50, 34.65, 113.53, 34.66)),
				feature("410105563005001", "空几何网格", box(113.50, 34.65, 113.51, 34.66))));
		String before = api.as("admin").get("/api/v1/regions/410105563005001/boundary").body();
		var r = api.as("admin").put("/api/v1/regions/410105563005001/boundary",
				Map.of("type", "MultiPolygon", "coordinates", List.of()));
		assertThat(r.status()).as(r.body()).isEqualTo(422);
		assertThat(r.errorFields()).containsExactly("geometry.coordinates");
		assertThat(api.as("admin").get("/api/v1/regions/410105563005001/boundary").body()).isEqualTo(before);
		assertThat(api.as("admin").get("/api/v1/regions/410105563005001").json().path("hasBoundary").asBoolean()).isTrue();
		assertThat(locate(34.655, 113.505)).isEqualTo("410105563005001");
	}

	@Test
	void aRedrawOutsideTheParentIsRefused() {
		importAsAdmin(collection(feature("410105563004", "越界社区", box(113.50, 34.69, 113.53, 34.70)),
				feature("410105563004001", "越界网格", box(113.50, 34.69, 113.51, 34.70))));
		var r = api.as("admin").put("/api/v1/regions/410105563004001/boundary",
				feature(null, null, box(113.52, 34.69, 113.54, 34.70)));
		assertThat(r.status()).isEqualTo(422);
		assertThat(r.errorFields()).containsExactly("geometry");
		assertThat(r.json().path("errors").get(0).path("message").asString()).startsWith("边界超出上级区域 410105563004");
		assertThat(locate(34.695, 113.505)).isEqualTo("410105563004001");
		assertThat(locate(34.695, 113.535)).isNull();
	}

	@Test
	void onlyAdminsAndStreetStaffRedraw() {
		for (String user : List.of("community1", "gridworker1")) {
			var r = api.as(user).put("/api/v1/regions/410105560001001/boundary",
					feature(null, null, box(113.50, 34.60, 113.51, 34.61)));
			assertThat(r.status()).as(user).isEqualTo(403);
			assertThat(r.json().path("type").asString()).endsWith("/forbidden");
		}
		var unknown = api.as("admin").put("/api/v1/regions/410105563099001/boundary",
				feature(null, null, box(113.50, 34.60, 113.51, 34.61)));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().path("detail").asString()).isEqualTo("区域 410105563099001 不存在");
	}

	@Test
	void redrawingACommunityWarnsOfGridsLeftOutside() {
		importAsAdmin(collection(feature("410105563006", "缩小社区", box(113.50, 34.81, 113.52, 34.82)),
				feature("410105563006001", "西", box(113.50, 34.81, 113.51, 34.82)),
				feature("410105563006002", "东", box(113.51, 34.81, 113.52, 34.82))));
		var r = api.as("admin").put("/api/v1/regions/410105563006/boundary",
				feature(null, null, box(113.50, 34.81, 113.515, 34.82)));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		JsonNode outside = warning(r.json(), "CHILD_OUTSIDE", "410105563006", "410105563006002");
		assertThat(outside.path("areaSquareMetres").asDouble())
			.isCloseTo(GroundArea.squareMetres(jtsBox(113.515, 34.81, 113.52, 34.82)), within(0.11));
		assertThat(outside.path("message").asString()).startsWith("重新划定后，下级区域 410105563006, 410105563006002 有");
		assertThat(RegionImportApiTests.mentions(r.json(), "410105563006001")).as("the west grid is still inside").isFalse();
	}

	@Test
	void staffWithAnUnknownDutyOrBlankNameAreRefusedFieldByField() {
		importAsAdmin(collection(feature("410105563010", "人员社区", box(113.50, 34.72, 113.51, 34.73)),
				feature("410105563010001", "人员网格", box(113.50, 34.72, 113.51, 34.73))));
		var r = api.as("admin").put("/api/v1/regions/410105563010001/staff",
				List.of(member("CHIEF", "张三", null), member("GRID_WORKER", "   ", "13800000000"),
						member("ASSISTANT", "李四", "call me")));
		assertThat(r.status()).isEqualTo(422);
		assertThat(r.json().path("type").asString()).endsWith("/validation");
		assertThat(r.errorFields()).containsExactly("staff[0].duty", "staff[1].name", "staff[2].phone");
		assertThat(r.json().path("errors").get(0).path("message").asString()).isEqualTo("未知职务“CHIEF”");
		assertThat(api.as("admin").get("/api/v1/regions/410105563010001/staff").json()).isEmpty();

		var notAList = api.as("admin").put("/api/v1/regions/410105563010001/staff", member("GRID_WORKER", "王五", null));
		assertThat(notAList.status()).isEqualTo(422);
		assertThat(notAList.errorFields()).containsExactly("staff");
	}

	@Test
	void staffAreReplacedInTheOrderGiven() {
		importAsAdmin(collection(feature("410105563011", "人员社区二", box(113.52, 34.72, 113.53, 34.73)),
				feature("410105563011001", "人员网格二", box(113.52, 34.72, 113.53, 34.73))));
		var r = api.as("admin").put("/api/v1/regions/410105563011001/staff",
				List.of(member("GRID_LEADER", " 王伟 ", "13800000000"), member("GRID_WORKER", "李娜", "0371-6000 1234"),
						member("INFORMANT", "赵敏", null)));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		JsonNode staff = r.json();
		assertThat(staff.size()).isEqualTo(3);
		assertThat(staff.get(0).path("duty").asString()).isEqualTo("GRID_LEADER");
		assertThat(staff.get(0).path("name").asString()).isEqualTo("王伟");
		assertThat(staff.get(0).path("phone").asString()).isEqualTo("13800000000");
		assertThat(staff.get(1).path("name").asString()).isEqualTo("李娜");
		assertThat(staff.get(1).path("phone").asString()).isEqualTo("0371-6000 1234");
		assertThat(staff.get(2).path("duty").asString()).isEqualTo("INFORMANT");
		assertThat(staff.get(2).has("phone")).isFalse();
		assertThat(api.as("admin").get("/api/v1/regions/410105563011001/staff").body()).isEqualTo(r.body());
		var card = api.as("resident1").get("/api/v1/regions/locate?lat=34.725&lng=113.525").json();
		assertThat(card.path("staff").get(1).path("name").asString()).isEqualTo("李娜");

		var cleared = api.as("admin").put("/api/v1/regions/410105563011001/staff", List.of());
		assertThat(cleared.status()).isEqualTo(200);
		assertThat(cleared.json()).isEmpty();
	}

	@Test
	void staffOutsideTheCallersScopeOrRoleCannotBeReplaced() {
		var outside = api.as("community1").put("/api/v1/regions/410105560002001/staff",
				List.of(member("GRID_WORKER", "冒名", null)));
		assertThat(outside.status()).isEqualTo(403);
		assertThat(outside.json().path("type").asString()).endsWith("/out-of-scope");
		var worker = api.as("gridworker1").put("/api/v1/regions/410105560001001/staff",
				List.of(member("GRID_WORKER", "冒名", null)));
		assertThat(worker.status()).isEqualTo(403);
		assertThat(worker.json().path("type").asString()).endsWith("/forbidden");
		assertThat(api.as("gridworker1").get("/api/v1/regions/410105560001001/staff").body()).doesNotContain("冒名");
		assertThat(api.as("admin").get("/api/v1/regions/410105560002001/staff").body()).doesNotContain("冒名");
	}

	/**
	 * A community of four grids 0.01° square in a row of 0.04° × 0.02° starting at {@code lat}: A (001) and B (002)
	 * side by side, D (004) north of A, C (003) apart to the east.
	 */
	private void importFourGrids(String community, double lat) {
		importAsAdmin(collection(feature(community, "结对社区", box(113.50, lat, 113.54, lat + 0.02)),
				feature(community + "001", "A", box(113.50, lat, 113.51, lat + 0.01)),
				feature(community + "002", "B", box(113.51, lat, 113.52, lat + 0.01)),
				feature(community + "003", "C", box(113.53, lat, 113.54, lat + 0.01)),
				feature(community + "004", "D", box(113.50, lat + 0.01, 113.51, lat + 0.02))));
	}

	private JsonNode detail(String code) {
		return api.as("admin").get("/api/v1/regions/" + code).json();
	}

	@Test
	void aNonNeighbourIsRefusedAsAbPartner() {
		importFourGrids("410105563021", 34.84);
		var r = api.as("admin").put("/api/v1/regions/410105563021001/ab-partner", partner("410105563021003"));
		assertThat(r.status()).isEqualTo(422);
		assertThat(r.errorFields()).containsExactly("partnerCode");
		assertThat(r.json().path("errors").get(0).path("message").asString())
			.isEqualTo("AB 岗网格 410105563021003 与本网格不相邻");
		assertThat(detail("410105563021001").has("abPartner")).isFalse();
		assertThat(detail("410105563021003").has("abPartner")).isFalse();

		var community = api.as("admin").put("/api/v1/regions/410105563021001/ab-partner", partner("410105563021"));
		assertThat(community.status()).isEqualTo(422);
		assertThat(community.json().path("errors").get(0).path("message").asString())
			.isEqualTo("AB 岗 410105563021 必须是另一个网格");
		var itself = api.as("admin").put("/api/v1/regions/410105563021001/ab-partner", partner("410105563021001"));
		assertThat(itself.status()).isEqualTo(422);
		assertThat(itself.errorFields()).containsExactly("partnerCode");
	}

	@Test
	void neighboursArePairedBothWaysAndRepairingReleasesTheOldPartner() {
		importFourGrids("410105563020", 34.75);
		var r = api.as("admin").put("/api/v1/regions/410105563020001/ab-partner", partner("410105563020002"));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().path("code").asString()).isEqualTo("410105563020001");
		assertThat(r.json().path("abPartner").path("code").asString()).isEqualTo("410105563020002");
		assertThat(r.json().path("abPartner").path("name").asString()).isEqualTo("B");
		assertThat(detail("410105563020002").path("abPartner").path("code").asString()).isEqualTo("410105563020001");
		var card = api.as("resident1").get("/api/v1/regions/locate?lat=34.755&lng=113.515").json();
		assertThat(card.path("abPartner").path("grid").path("code").asString()).isEqualTo("410105563020001");

		var again = api.as("admin").put("/api/v1/regions/410105563020001/ab-partner", partner("410105563020004"));
		assertThat(again.status()).as(again.body()).isEqualTo(200);
		assertThat(detail("410105563020001").path("abPartner").path("code").asString()).isEqualTo("410105563020004");
		assertThat(detail("410105563020004").path("abPartner").path("code").asString()).isEqualTo("410105563020001");
		assertThat(detail("410105563020002").has("abPartner")).as("B is no longer A's partner").isFalse();

		var unpair = api.as("admin").put("/api/v1/regions/410105563020001/ab-partner", partner(null));
		assertThat(unpair.status()).isEqualTo(200);
		assertThat(unpair.json().has("abPartner")).isFalse();
		assertThat(detail("410105563020004").has("abPartner")).isFalse();
	}

	@Test
	void anImportMayNamePartnersButNotOutsideTheImportersScope() {
		importAsAdmin(collection(feature("410105563030", "无界社区", null), feature("410105563030001", "无界网格", null)));
		double[] b = insideDemoGrid("410105560008004", 0.0006, 0.0005);
		var r = api.as("dispatcher").post("/api/v1/regions/import",
				collection(feature("410105560014", "越权社区", box(b[0], b[1], b[2], b[3])),
						feature("410105560014001", "越权网格", box(b[0], b[1], b[2], b[3]), "abPartner", "410105563030001")));
		assertThat(r.status()).as(r.body()).isEqualTo(403);
		assertThat(r.json().path("type").asString()).endsWith("/out-of-scope");
		assertThat(r.json().path("detail").asString()).contains("410105563030001");
		assertThat(detail("410105563030001").has("abPartner")).isFalse();
		assertThat(api.as("admin").get("/api/v1/regions/410105560014").status()).isEqualTo(404);
	}

	@Test
	void anImportPairsThePartnersItNames() {
		var result = importAsAdmin(collection(feature("410105563031", "导入结对社区", box(113.55, 34.75, 113.57, 34.76)),
				feature("410105563031001", "西", box(113.55, 34.75, 113.56, 34.76), "abPartner", "410105563031002"),
				feature("410105563031002", "东", box(113.56, 34.75, 113.57, 34.76))));
		assertThat(result.path("created").asInt()).isEqualTo(3);
		assertThat(detail("410105563031001").path("abPartner").path("code").asString()).isEqualTo("410105563031002");
		assertThat(detail("410105563031002").path("abPartner").path("code").asString()).isEqualTo("410105563031001");
	}
}

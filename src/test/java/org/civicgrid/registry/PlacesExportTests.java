package org.civicgrid.registry;

import java.util.List;
import java.util.Map;

import org.civicgrid.region.Regions;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.registry.PeopleFixtures.GRID;
import static org.civicgrid.registry.PlacesFixtures.BASE;
import static org.civicgrid.shared.ProblemAssertions.assertProblem;

/** Exporting the filtered house, household and part lists: the list's rows, masked members, audited, scoped. */
class PlacesExportTests extends ApiTest {

	private static final String REASON = "%E6%A0%B8%E5%AF%B9%E4%BD%8F%E6%88%B7"; // 核对住户

	@Autowired
	Regions regions;

	String building;

	@BeforeEach
	void building() {
		building = PlacesFixtures.buildingOf(regions, GRID);
	}

	@Test
	void theHouseExportHasTheFilteredListsRowsInItsOrderAndIsAudited() {
		String street = PlacesFixtures.unique("导出房屋路");
		for (String occupancy : List.of("RENTED", "OWNER_OCCUPIED", "RENTED")) {
			Map<String, Object> house = PlacesApiTests.house(building, PlacesFixtures.room(), occupancy);
			house.put("address", street + " " + house.get("room"));
			assertThat(api.as("gridworker1").put(BASE + "/houses", house).status()).isEqualTo(201);
		}
		String filter = "?address=" + street + "&occupancy=RENTED";

		var r = api.as("gridworker1").getBytes(BASE + "/houses/export.xlsx" + filter);
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.headers().firstValue("content-type").orElse("")).contains("spreadsheetml");
		List<List<String>> rows = ImportUploads.read(r.body());
		assertThat(rows.get(0)).containsExactly("楼栋编码", "单元", "楼层", "房号", "房屋性质", "面积", "用途", "地址",
				"网格编码", "居住人数");
		JsonNode list = api.as("gridworker1").get(BASE + "/houses" + filter + "&size=500").json();
		assertThat(list.get("total").asInt()).isEqualTo(2);
		assertThat(rows.stream().skip(1).map(row -> row.get(3)).toList())
			.isEqualTo(list.get("items").valueStream().map(h -> h.get("room").asString()).toList());
		assertThat(rows.get(1)).startsWith(building, "1", "1").contains("出租", "88.5", "住宅", GRID, "0");

		JsonNode audit = api.as("admin").get("/api/v1/audit?actor=gridworker1&action=HOUSES_EXPORTED&size=5").json();
		assertThat(audit.get("items").valueStream().map(e -> e.get("detail").asString()))
			.anyMatch(d -> d.contains("address=" + street) && d.contains("occupancy=RENTED") && d.contains("rows: 2"));
	}

	@Test
	void householdMembersAreMaskedUnlessAPermittedRoleGivesAReasonWhichIsAudited() {
		String room = PlacesFixtures.room();
		api.as("gridworker1").put(BASE + "/houses", PlacesApiTests.house(building, room, "OWNER_OCCUPIED"));
		String headId = PeopleFixtures.idNumber();
		String spouseId = PeopleFixtures.idNumber();
		PeopleFixtures.register(api.as("gridworker1"), PeopleFixtures.person("导出户主", headId, null, GRID));
		PeopleFixtures.register(api.as("gridworker1"), PeopleFixtures.person("导出配偶", spouseId, null, GRID));
		String number = PlacesFixtures.unique("EXH");
		var put = api.as("gridworker1").put(BASE + "/households", PlacesApiTests.household(number, building, room,
				List.of(Map.of("idNumber", headId, "relation", "户主"), Map.of("idNumber", spouseId, "relation", "配偶"))));
		assertThat(put.status()).as(put.body()).isEqualTo(201);

		List<List<String>> masked = ImportUploads.read(
				api.as("gridworker1").getBytes(BASE + "/households/export.xlsx?q=" + number).body());
		assertThat(masked.get(0)).containsExactly("户号", "网格编码", "楼栋编码", "单元", "楼层", "房号", "户主证件号码",
				"家庭成员", "地址", "成员姓名");
		assertThat(masked).hasSize(2);
		assertThat(masked.get(1)).containsExactly(number, GRID, building, "1", "1", room,
				headId.substring(0, 6) + "********" + headId.substring(14),
				spouseId.substring(0, 6) + "********" + spouseId.substring(14) + "(配偶)", "如意湖测试户",
				"导出户主(户主)、导出配偶(配偶)");

		var clear = api.as("community1").getBytes(BASE + "/households/export.xlsx?q=" + number + "&revealReason=" + REASON);
		assertThat(clear.statusCode()).isEqualTo(200);
		assertThat(ImportUploads.read(clear.body()).get(1)).contains(headId, spouseId + "(配偶)");
		JsonNode revealed = api.as("admin")
			.get("/api/v1/audit?actor=community1&action=HOUSEHOLDS_EXPORTED_REVEALED&size=5").json();
		assertThat(revealed.get("items").valueStream().map(e -> e.get("detail").asString()))
			.anyMatch(d -> d.contains("q=" + number) && d.contains("rows: 1") && d.contains("核对住户"));
		JsonNode plain = api.as("admin").get("/api/v1/audit?actor=gridworker1&action=HOUSEHOLDS_EXPORTED&size=5")
			.json();
		assertThat(plain.get("items").valueStream().map(e -> e.get("detail").asString()))
			.anyMatch(d -> d.contains("q=" + number) && d.contains("rows: 1"));

		assertProblem(api.as("gridworker1").get(BASE + "/households/export.xlsx?revealReason=" + REASON), 403,
				"forbidden");
		JsonNode refused = api.as("admin")
			.get("/api/v1/audit?actor=gridworker1&action=PERSONAL_DATA_REVEAL_REFUSED").json();
		assertThat(refused.get("items").valueStream().map(e -> e.get("target").asString()))
			.contains("households-export");
		var shortReason = api.as("community1").get(BASE + "/households/export.xlsx?revealReason=ab");
		assertThat(shortReason.status()).isEqualTo(422);
		assertThat(shortReason.errorFields()).containsExactly("reason");
	}

	@Test
	void thePartExportHasTheFilteredListsRowsAndIsAudited() {
		String prefix = null;
		for (String state : List.of("DAMAGED", "IN_USE", "DAMAGED")) {
			String code = PlacesFixtures.componentCode();
			prefix = prefix == null ? code.substring(0, 10) : prefix;
			var put = api.as("gridworker1").put(BASE + "/parts", Map.of("code", code, "name", "导出井盖", "state", state,
					"gridCode", GRID, "ownerUnit", "金水区水务局"));
			assertThat(put.status()).as(put.body()).isEqualTo(201);
		}
		String filter = "?code=" + prefix + "&state=DAMAGED&region=" + GRID;
		List<List<String>> rows = ImportUploads.read(
				api.as("gridworker1").getBytes(BASE + "/parts/export.xlsx" + filter).body());
		assertThat(rows.get(0)).startsWith("部件编码", "部件名称", "网格编码", "权属单位", "养护单位", "状态");
		JsonNode list = api.as("gridworker1").get(BASE + "/parts" + filter + "&size=500").json();
		assertThat(rows.stream().skip(1).map(row -> row.get(0)).toList())
			.isEqualTo(list.get("items").valueStream().map(p -> p.get("code").asString()).toList())
			.hasSizeGreaterThanOrEqualTo(2);
		assertThat(rows.stream().skip(1).map(row -> row.get(5))).containsOnly("损坏");

		JsonNode audit = api.as("admin").get("/api/v1/audit?actor=gridworker1&action=PARTS_EXPORTED&size=5").json();
		assertThat(audit.get("items").valueStream().map(e -> e.get("detail").asString()))
			.anyMatch(d -> d.contains("state=DAMAGED") && d.contains("rows: " + (rows.size() - 1)));
	}

	@Test
	void everyExportKeepsToTheScopeOfStaff() {
		for (String list : List.of("/houses", "/households", "/parts")) {
			String export = BASE + list + "/export.xlsx";
			assertProblem(api.as("resident1").get(export), 403, "forbidden");
			assertProblem(api.as("volunteer1").get(export), 403, "forbidden");
			assertProblem(api.as("gridworker1").get(export + "?region=410105560002"), 403, "out-of-scope");
			assertProblem(api.as("community1").get(export + "?region=410105560002001"), 403, "out-of-scope");
			assertThat(api.as("gridworker1").get(export + "?region=12").errorFields()).containsExactly("region");
			assertThat(api.get(export).status()).isEqualTo(401);
			List<List<String>> all = ImportUploads.read(api.as("gridworker2").getBytes(export).body());
			int grid = list.equals("/parts") ? 2 : 1;
			assertThat(all.stream().skip(1).map(row -> row.get(grid))).allMatch(g -> g.startsWith("410105560002001"));
		}
	}

	@Test
	void badFiltersAreProblemsNamingTheField() {
		var occupancy = api.as("gridworker1").get(BASE + "/houses/export.xlsx?occupancy=SOLD");
		assertProblem(occupancy, 400, "validation");
		assertThat(occupancy.errorFields()).containsExactly("occupancy");
		var buildingCode = api.as("gridworker1").get(BASE + "/houses/export.xlsx?buildingCode=4101");
		assertThat(buildingCode.status()).isEqualTo(400);
		assertThat(buildingCode.errorFields()).containsExactly("buildingCode");
		assertThat(api.as("gridworker1").inEnglish().get(BASE + "/houses?buildingCode=4101").json().get("errors").get(0)
			.get("message").asString()).contains("18 digits");
		assertThat(api.as("gridworker1").get(BASE + "/parts/export.xlsx?classCode=12").errorFields())
			.containsExactly("classCode");
		assertThat(api.as("gridworker1").get(BASE + "/parts/export.xlsx?code=abc").errorFields())
			.containsExactly("code");
		assertThat(api.as("gridworker1").get(BASE + "/parts/export.xlsx?state=BROKEN").errorFields())
			.containsExactly("state");
	}
}

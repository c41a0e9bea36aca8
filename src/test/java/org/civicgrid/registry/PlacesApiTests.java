package org.civicgrid.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.region.Regions;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.registry.PlacesFixtures.BASE;
import static org.civicgrid.shared.ProblemAssertions.assertProblem;

/** Buildings, houses and households over HTTP: upsert outcomes, history, search, scope and refusals. */
class PlacesApiTests extends ApiTest {

	static final String GRID_1 = PeopleFixtures.GRID;
	static final String GRID_2 = "410105560002001";

	@Autowired
	Regions regions;

	String building1;
	String building2;

	@BeforeEach
	void buildings() {
		building1 = PlacesFixtures.buildingOf(regions, GRID_1);
		building2 = PlacesFixtures.buildingOf(regions, GRID_2);
	}

	static Map<String, Object> house(String building, String room, String occupancy) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("buildingCode", building);
		body.put("unit", 1);
		body.put("floor", 1);
		body.put("room", room);
		body.put("occupancy", occupancy);
		body.put("area", 88.5);
		body.put("use", "住宅");
		body.put("address", "测试地址如意湖" + room);
		return body;
	}

	@Test
	void aHouseIsCreatedThenUnchangedThenUpdatedWithHistory() {
		String room = PlacesFixtures.room();
		var created = api.as("gridworker1").put(BASE + "/houses?source=HOME_VISIT", house(building1, room, "RENTED"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("outcome").asString()).isEqualTo("CREATED");
		JsonNode item = created.json().get("item");
		assertThat(item.get("gridCode").asString()).isEqualTo(GRID_1);
		assertThat(item.get("occupancy").asString()).isEqualTo("RENTED");
		long id = item.get("id").asLong();

		var again = api.as("gridworker1").put(BASE + "/houses", house(building1, room, "RENTED"));
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("outcome").asString()).isEqualTo("UNCHANGED");

		var moved = api.as("gridworker1").put(BASE + "/houses?source=PHONE", house(building1, room, "VACANT"));
		assertThat(moved.json().get("outcome").asString()).isEqualTo("UPDATED");
		assertThat(moved.json().get("item").get("version").asInt()).isEqualTo(1);

		JsonNode history = api.as("gridworker1").get(BASE + "/houses/" + id + "/history").json();
		assertThat(history.size()).isEqualTo(2);
		assertThat(history.get(0).get("source").asString()).isEqualTo("PHONE");
		assertThat(history.get(0).get("changes").get("occupancy").get("from").asString()).isEqualTo("RENTED");
		assertThat(history.get(0).get("changes").get("occupancy").get("to").asString()).isEqualTo("VACANT");
		assertThat(history.get(1).get("source").asString()).isEqualTo("HOME_VISIT");
		assertThat(history.get(1).get("actor").asString()).isEqualTo("gridworker1");
	}

	@Test
	void housesAreFoundByAddressWithinTheScopeOnly() {
		String room = PlacesFixtures.room();
		api.as("gridworker1").put(BASE + "/houses", house(building1, room, "OWNER_OCCUPIED"));
		String q = "?address=" + java.net.URLEncoder.encode("如意湖" + room, java.nio.charset.StandardCharsets.UTF_8);
		JsonNode found = api.as("gridworker1").get(BASE + "/houses" + q).json();
		assertThat(found.get("total").asLong()).isEqualTo(1);
		assertThat(found.get("items").get(0).get("room").asString()).isEqualTo(room);
		assertThat(api.as("gridworker2").get(BASE + "/houses" + q).json().get("total").asLong()).isZero();
		assertThat(api.as("community1").get(BASE + "/houses" + q).json().get("total").asLong()).isEqualTo(1);
	}

	@Test
	void badHousesNameTheirFieldsAndAMissingBuildingIsReportedNotInvented() {
		Map<String, Object> bad = house(GRID_1 + "999", "", null);
		bad.put("unit", 0);
		bad.put("area", -3);
		var r = api.as("gridworker1").put(BASE + "/houses", bad);
		assertProblem(r, 422, "validation");
		assertThat(r.errorFields()).containsExactlyInAnyOrder("buildingCode", "unit", "room", "occupancy", "area");
		Map<String, Object> tooHigh = house(building1, PlacesFixtures.room(), "VACANT");
		tooHigh.put("floor", 150);
		var high = api.as("gridworker1").inEnglish().put(BASE + "/houses", tooHigh);
		assertProblem(high, 422, "validation");
		assertThat(high.errorFields()).containsExactly("floor");
		assertThat(high.body()).contains("must be between");
	}

	@Test
	void housesOutsideTheScopeAndForResidentsAreRefused() {
		var created = api.as("gridworker1").put(BASE + "/houses", house(building1, PlacesFixtures.room(), "VACANT"));
		long id = created.json().get("item").get("id").asLong();
		assertProblem(api.as("gridworker2").get(BASE + "/houses/" + id), 403, "out-of-scope");
		assertProblem(api.as("gridworker2").get(BASE + "/houses/" + id + "/history"), 403, "out-of-scope");
		assertProblem(api.as("gridworker2").get(BASE + "/houses/" + id + "/households"), 403, "out-of-scope");
		assertProblem(api.as("gridworker1").put(BASE + "/houses", house(building2, PlacesFixtures.room(), "VACANT")),
				403, "out-of-scope");
		for (String who : new String[] { "resident1", "volunteer1" }) {
			assertProblem(api.as(who).get(BASE + "/houses/" + id), 403, "forbidden");
			assertProblem(api.as(who).get(BASE + "/houses"), 403, "forbidden");
			assertProblem(api.as(who).put(BASE + "/houses", house(building1, PlacesFixtures.room(), "VACANT")), 403,
					"forbidden");
		}
		assertProblem(api.as("leader").put(BASE + "/houses", house(building1, PlacesFixtures.room(), "VACANT")), 403,
				"forbidden");
		assertProblem(api.as("admin").get(BASE + "/houses/999999999"), 404, "not-found");
		assertProblem(api.as("admin").get(BASE + "/houses?occupancy=SOLD"), 400, "validation");
	}

	@Test
	void aHouseholdLivesInAHouseWithItsMembersTheHeadFirst() {
		String room = PlacesFixtures.room();
		api.as("gridworker1").put(BASE + "/houses", house(building1, room, "OWNER_OCCUPIED"));
		String headId = PeopleFixtures.idNumber();
		long head = PeopleFixtures.register(api.as("gridworker1"),
				PeopleFixtures.person("户主甲", headId, null, GRID_1));
		long spouse = PeopleFixtures.register(api.as("gridworker1"),
				PeopleFixtures.person("配偶乙", PeopleFixtures.idNumber(), null, GRID_1));
		String number = PlacesFixtures.unique("HH");
		Map<String, Object> body = household(number, building1, room,
				List.of(Map.of("idNumber", headId.toLowerCase(), "relation", "户主"),
						Map.of("personId", spouse, "relation", "配偶")));
		var created = api.as("gridworker1").put(BASE + "/households?source=HOME_VISIT", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode item = created.json().get("item");
		assertThat(item.get("headPersonId").asLong()).isEqualTo(head);
		assertThat(item.get("gridCode").asString()).isEqualTo(GRID_1);
		assertThat(item.get("house").get("room").asString()).isEqualTo(room);
		assertThat(item.get("house").get("residents").asInt()).isEqualTo(2);
		assertThat(item.get("members").get(0).get("name").asString()).isEqualTo("户主甲");
		assertThat(item.get("members").get(0).get("idNumber").asString()).contains("********")
			.doesNotContain(headId.substring(6, 14));
		assertThat(item.get("members").get(1).get("relation").asString()).isEqualTo("配偶");
		long id = item.get("id").asLong();

		assertThat(api.as("gridworker1").put(BASE + "/households", body).json().get("outcome").asString())
			.isEqualTo("UNCHANGED");
		JsonNode ofHouse = api.as("gridworker1").get(BASE + "/houses/" + item.get("house").get("id").asLong()
				+ "/households").json();
		assertThat(ofHouse.get(0).get("number").asString()).isEqualTo(number);
		JsonNode found = api.as("community1").get(BASE + "/households?q=" + number).json();
		assertThat(found.get("items").get(0).get("id").asLong()).isEqualTo(id);
		assertThat(api.as("gridworker2").get(BASE + "/households?q=" + number).json().get("total").asLong()).isZero();
		assertProblem(api.as("gridworker2").get(BASE + "/households/" + id), 403, "out-of-scope");
		assertProblem(api.as("gridworker2").get(BASE + "/households/" + id + "/history"), 403, "out-of-scope");
		assertProblem(api.as("resident1").get(BASE + "/households/" + id), 403, "forbidden");
		assertProblem(api.as("resident1").get(BASE + "/households"), 403, "forbidden");
		assertThat(api.as("gridworker1").get(BASE + "/households/" + id + "/history").json().get(0).get("source")
			.asString()).isEqualTo("HOME_VISIT");
	}

	@Test
	void aHouseholdWithUnknownHouseNoHeadOrAMemberOfAnotherIsRefusedWholeNamingFields() {
		long person = PeopleFixtures.register(api.as("gridworker1"),
				PeopleFixtures.person("成员丙", PeopleFixtures.idNumber(), null, GRID_1));
		String first = PlacesFixtures.unique("HH");
		var ok = api.as("gridworker1").put(BASE + "/households", Map.of("number", first, "gridCode", GRID_1,
				"members", List.of(Map.of("personId", person, "relation", "户主"))));
		assertThat(ok.status()).as(ok.body()).isEqualTo(201);

		var bad = api.as("gridworker1").put(BASE + "/households",
				household(PlacesFixtures.unique("HH"), building1, "NOPE", List.of(
						Map.of("personId", person, "relation", "子女"),
						Map.of("idNumber", PeopleFixtures.idNumber(), "relation", "户主"))));
		assertProblem(bad, 422, "validation");
		assertThat(bad.errorFields()).containsExactlyInAnyOrder("house", "members", "members", "members");
		assertThat(bad.body()).contains("第 1 位成员已属于另一户").contains("第 2 位成员在人员库中找不到")
			.contains("须有且只有一位“户主”");
		assertProblem(api.as("gridworker1").put(BASE + "/households", Map.of("gridCode", GRID_1)), 422, "validation");
		assertProblem(api.as("gridworker2").put(BASE + "/households", Map.of("number", PlacesFixtures.unique("HH"),
				"gridCode", GRID_2, "members", List.of(Map.of("personId", person, "relation", "户主")))), 403,
				"out-of-scope");
		assertProblem(api.as("gridworker2").put(BASE + "/households", Map.of("number", first, "gridCode", GRID_2)),
				403, "out-of-scope");
	}

	@Test
	void aBuildingShowsItsRecordAndHousesAndItsRecordKeepsHistory() {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("code", building1);
		record.put("address", "如意湖测试楼");
		record.put("floors", 6);
		record.put("units", 2);
		// the demo's own record, if DemoRegistryDataTests loaded it, or this one: either way the next one updates
		api.as("community1").put(BASE + "/buildings", record);
		api.as("gridworker1").put(BASE + "/houses", house(building1, PlacesFixtures.room(), "RENTED"));
		JsonNode before = api.as("community1").get(BASE + "/buildings/" + building1).json();
		assertThat(before.get("code").asString()).isEqualTo(building1);
		assertThat(before.get("name").asString()).isNotBlank();
		record.put("floors", before.get("record").get("floors").asInt());
		record.put("units", before.get("record").get("units").asInt());
		record.put("address", "如意湖测试楼" + PlacesFixtures.room());
		record.put("propertyCompany", "测试物业");
		record.put("buildingLeader", "楼长甲");
		var updated = api.as("community1").put(BASE + "/buildings?source=EXCHANGE", record);
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.json().get("outcome").asString()).isEqualTo("UPDATED");
		assertThat(updated.json().get("item").get("buildingLeader").asString()).isEqualTo("楼长甲");
		JsonNode after = api.as("gridworker1").get(BASE + "/buildings/" + building1).json();
		assertThat(after.get("houses").size()).isGreaterThanOrEqualTo(before.get("houses").size()).isPositive();
		assertThat(after.get("houses").get(0).get("buildingCode").asString()).isEqualTo(building1);
		assertThat(api.as("gridworker1").get(BASE + "/buildings/" + building1 + "/history").json().get(0)
			.get("source").asString()).isEqualTo("EXCHANGE");

		assertProblem(api.as("gridworker2").get(BASE + "/buildings/" + building1), 403, "out-of-scope");
		assertProblem(api.as("gridworker2").put(BASE + "/buildings", record), 403, "out-of-scope");
		assertProblem(api.as("resident1").get(BASE + "/buildings/" + building1), 403, "forbidden");
		assertProblem(api.as("admin").get(BASE + "/buildings/410105560001001999"), 404, "not-found");
		Map<String, Object> bad = new LinkedHashMap<>(record);
		bad.put("floors", 0);
		bad.remove("units");
		var invalid = api.as("community1").put(BASE + "/buildings", bad);
		assertProblem(invalid, 422, "validation");
		assertThat(invalid.errorFields()).containsExactlyInAnyOrder("floors", "units");
	}

	static Map<String, Object> household(String number, String building, String room, List<Map<String, Object>> members) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("number", number);
		body.put("buildingCode", building);
		body.put("unit", 1);
		body.put("floor", 1);
		body.put("room", room);
		body.put("address", "如意湖测试户");
		body.put("members", members);
		return body;
	}
}

package org.civicgrid.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.civicgrid.testing.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Staff on duty by the A/B post rule (AB角) over HTTP: A serves, B on the days A is recorded away, a warning when
 * both are away; the hall's day and its bookings say who; and the grid's door-to-door service, where only items done
 * at home are booked, with the address the grid worker goes to, seen by the grid's worker.
 */
class HallDutyApiTests extends ApiTest {

	@Autowired
	MovableClock clock;

	HallFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new HallFixture(api);
		clock.stopAt("2026-02-12T09:00");
	}

	@Test
	void bIsOnDutyOnTheDaysAIsAwayAndACounterWithBothAwayWarns() {
		String code = fixture.openCommunityHall();
		String third = fixture.user("COMMUNITY_STAFF", HallFixture.COMMUNITY);
		fixture.addCounter(code, 1, List.of("ZM007"), 2, "community1", "gridworker1");
		fixture.addCounter(code, 2, List.of("ZM008"), 2, "gridworker1", third);
		fixture.addCounter(code, 3, List.of("ZM008"), 1, null, null);
		Api community = api.as("community1");
		String absences = "/api/v1/services/halls/" + code + "/absences";
		assertThat(community.post(absences, Map.of("username", "community1", "from", "2026-02-13", "reason", "年休假"))
			.status()).isEqualTo(201);
		assertThat(community.post(absences, Map.of("username", "community1", "from", "2026-02-24")).status())
			.isEqualTo(201);
		assertThat(community.post(absences, Map.of("username", "gridworker1", "from", "2026-02-24")).status())
			.isEqualTo(201);

		JsonNode usual = community.get("/api/v1/services/halls/" + code + "/duty?date=2026-02-12").json();
		assertThat(usual.get(0).path("cover").asString()).isEqualTo("A");
		assertThat(usual.get(0).path("onDuty").asString()).isEqualTo("community1");
		assertThat(usual.get(0).path("onDutyName").asString()).isEqualTo("社区工作者");
		assertThat(usual.get(1).path("onDuty").asString()).isEqualTo("gridworker1");
		assertThat(usual.get(2).path("cover").asString()).isEqualTo("UNSTAFFED");
		assertThat(usual.get(2).path("warning").asBoolean()).isFalse();

		JsonNode aAway = community.get("/api/v1/services/halls/" + code + "/duty?date=2026-02-13").json();
		assertThat(aAway.get(0).path("aAway").asBoolean()).isTrue();
		assertThat(aAway.get(0).path("cover").asString()).isEqualTo("B");
		assertThat(aAway.get(0).path("onDuty").asString()).isEqualTo("gridworker1");
		assertThat(aAway.get(0).path("warning").asBoolean()).isFalse();
		assertThat(aAway.get(1).path("cover").asString()).isEqualTo("A");

		JsonNode bothAway = community.get("/api/v1/services/halls/" + code + "/duty?date=2026-02-24").json();
		assertThat(bothAway.get(0).path("cover").asString()).isEqualTo("UNCOVERED");
		assertThat(bothAway.get(0).path("onDuty").asString("")).isEmpty();
		assertThat(bothAway.get(0).path("warning").asBoolean()).isTrue();
		assertThat(bothAway.get(1).path("cover").asString()).isEqualTo("B");
		assertThat(bothAway.get(1).path("onDuty").asString()).isEqualTo(third);

		// the hall's bookings of the day say who serves each
		Api resident = fixture.signedIn(fixture.user("RESIDENT", null));
		assertThat(resident.post("/api/v1/services/bookings", HallFixture.booking(code, "ZM007", "2026-02-13", "10:00"))
			.status()).isEqualTo(201);
		JsonNode day = community.get("/api/v1/services/halls/" + code + "/bookings?date=2026-02-13").json();
		assertThat(day).hasSize(1);
		assertThat(day.get(0).path("counterNo").asInt()).isEqualTo(1);
		assertThat(day.get(0).path("itemCode").asString()).isEqualTo("ZM007");
		assertThat(day.get(0).path("onDuty").asString()).isEqualTo("gridworker1");
		assertThat(day.get(0).path("cover").asString()).isEqualTo("B");

		// only the hall's staff in scope see it
		Api other = fixture.signedIn(fixture.user("COMMUNITY_STAFF", "410105560002"));
		var refused = other.get("/api/v1/services/halls/" + code + "/duty?date=2026-02-13");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().path("type").asString()).endsWith("/out-of-scope");
		assertThat(resident.get("/api/v1/services/halls/" + code + "/duty?date=2026-02-13").status()).isEqualTo(403);
		assertThat(api.as("dispatcher").get("/api/v1/services/halls/" + code + "/duty?date=2026-02-13").json()
			.get(0).path("onDuty").asString()).isEqualTo("gridworker1");

		// the absence removed, A serves again
		assertThat(community.delete(absences + "/community1/2026-02-13").status()).isEqualTo(204);
		assertThat(community.get("/api/v1/services/halls/" + code + "/duty?date=2026-02-13").json().get(0)
			.path("onDuty").asString()).isEqualTo("community1");
	}

	@Test
	void aGridsDoorToDoorServiceBooksItemsDoneAtHomeWithTheAddress() {
		String door = fixture.hall("GRID_DOOR", HallFixture.GRID);
		Api community = api.as("community1");
		assertThat(community.put("/api/v1/services/halls/" + door + "/hours",
				HallFixture.weekdays("09:00", "11:30", "15:00", "17:00", List.of())).status()).isEqualTo(200);
		fixture.addCounter(door, 1, List.of("MZ009", "ZM007"), 1, "gridworker1", "community1");
		assertThat(api.get("/api/v1/services/halls/" + door).json().path("hall").path("level").asString())
			.isEqualTo("GRID_DOOR");
		assertThat(api.get("/api/v1/services/halls?item=MZ009").body()).contains(door);

		Api resident = fixture.signedIn(fixture.user("RESIDENT", null));
		var noAddress = resident.post("/api/v1/services/bookings", HallFixture.booking(door, "MZ009", "2026-02-13",
				"09:30"));
		assertThat(noAddress.status()).isEqualTo(422);
		assertThat(noAddress.errorFields()).containsExactly("address");
		Map<String, Object> body = HallFixture.booking(door, "MZ009", "2026-02-13", "09:30");
		body.put("address", "如意湖小区 3 号楼 2 单元 501");
		var booked = resident.post("/api/v1/services/bookings", body);
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		assertThat(booked.json().path("booking").path("address").asString()).isEqualTo("如意湖小区 3 号楼 2 单元 501");
		assertThat(booked.json().path("booking").path("counterName").asString()).isEqualTo("1 号窗口");

		// the grid's worker sees the visit and who goes; another grid's worker does not
		JsonNode visits = api.as("gridworker1").get("/api/v1/services/halls/" + door + "/bookings?date=2026-02-13").json();
		assertThat(visits).hasSize(1);
		assertThat(visits.get(0).path("address").asString()).contains("3 号楼");
		assertThat(visits.get(0).path("onDuty").asString()).isEqualTo("gridworker1");
		assertThat(api.as("gridworker2").get("/api/v1/services/halls/" + door + "/bookings?date=2026-02-13").status())
			.isEqualTo(403);
	}

	@Test
	void anItemNotDoneAtHomeIsNotBookedAtADoorToDoorService() {
		// set up as the demo does, without the editor's check on the counter's items
		String door = HallFixture.code("HD");
		halls.addMissing(List.of(new HallSetup(door, "上门测试" + door, "GRID_DOOR", HallFixture.GRID, "",
				List.of(new HallSetup.Counter(1, "网格员上门", List.of("ZM014"), 1, "gridworker1", null)),
				List.of(new HallSetup.Period(java.time.DayOfWeek.FRIDAY, java.time.LocalTime.of(9, 0),
						java.time.LocalTime.of(11, 0))),
				java.util.Set.of(), List.of())));
		Map<String, Object> body = HallFixture.booking(door, "ZM014", "2026-02-13", "09:30");
		body.put("address", "1 号楼");
		var refused = fixture.signedIn(fixture.user("RESIDENT", null)).post("/api/v1/services/bookings", body);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.errorFields()).containsExactly("item");
		assertThat(refused.body()).contains("上门");
	}

	@Autowired
	ServiceHalls halls;

	@Test
	void theDemoNamesAAndBAndDoorToDoorServicesForTheFirstCommunitysGrids() {
		clock.run(); // the demo dated its absences from the wall clock when the application started
		JsonNode door = api.get("/api/v1/services/halls/H410105560001001").json();
		assertThat(door.path("hall").path("level").asString()).isEqualTo("GRID_DOOR");
		assertThat(door.path("counters").get(0).path("items")).isNotEmpty();
		JsonNode setup = api.as("community1").get("/api/v1/services/halls/H410105560001/setup").json();
		assertThat(setup.path("counters").get(0).path("staffA").asString()).isEqualTo("community1");
		assertThat(setup.path("counters").get(0).path("staffB").asString()).isEqualTo("gridworker1");
		assertThat(api.as("community1").get("/api/v1/services/halls/H410105560001001/setup").json()
			.path("counters").get(0).path("staffA").asString()).isEqualTo("gridworker1");
		// the demo's absences from its start: on community1's first day away gridworker1 covers its counter
		String firstAway = null;
		for (JsonNode a : setup.path("absences")) {
			if (a.path("username").asString().equals("community1") && a.path("recordedBy").asString().equals("system")) {
				firstAway = a.path("day").asString();
				break;
			}
		}
		assertThat(firstAway).as("the demo records community1 away in the next working days").isNotNull();
		JsonNode duty = api.as("community1").get("/api/v1/services/halls/H410105560001/duty?date=" + firstAway).json();
		assertThat(duty.get(0).path("cover").asString()).isEqualTo("B");
		assertThat(duty.get(0).path("onDuty").asString()).isEqualTo("gridworker1");
		assertThat(duty.get(0).path("aAway").asBoolean()).isTrue();
	}
}

package org.civicgrid.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.services.HallFixture.COMMUNITY;
import static org.civicgrid.services.HallFixture.counter;

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
 * Setting halls up over HTTP: an admin opens a hall, its community's staff give it counters with A and B staff, a
 * week with 8+4 days and closures; every refusal names its field (422 for what cannot be, 409 for a clash with
 * what is there, live bookings included), and staff of another community, grid workers and residents are refused.
 */
class HallAdminApiTests extends ApiTest {

	@Autowired
	MovableClock clock;

	HallFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new HallFixture(api);
		clock.stopAt("2026-02-12T09:00");
	}

	@Test
	void anAdminOpensAHallAndItsCommunitysStaffSetItUp() {
		String code = HallFixture.code("HA");
		var created = api.as("admin").post("/api/v1/services/halls", Map.of("code", code, "name", "如意湖测试大厅",
				"level", "COMMUNITY_HALL", "regionCode", COMMUNITY, "address", "如意湖路 8 号"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().path("level").asString()).isEqualTo("COMMUNITY_HALL");
		assertThat(created.json().path("regionCode").asString()).isEqualTo(COMMUNITY);

		Api community = api.as("community1");
		var hours = community.put("/api/v1/services/halls/" + code + "/hours",
				HallFixture.weekdays("08:30", "12:00", "14:00", "17:30", List.of(4)));
		assertThat(hours.status()).as(hours.body()).isEqualTo(200);
		assertThat(hours.json().path("periods")).hasSize(10);
		assertThat(hours.json().path("extended").toString()).isEqualTo("[4]");
		var counter = community.post("/api/v1/services/halls/" + code + "/counters",
				counter(1, "综合窗口", List.of("ZM007", "zm008"), 2, "community1", "GRIDWORKER1"));
		assertThat(counter.status()).as(counter.body()).isEqualTo(201);
		assertThat(counter.json().path("items").toString()).isEqualTo("[\"ZM007\",\"ZM008\"]");
		assertThat(counter.json().path("staffB").asString()).as("the account's own username").isEqualTo("gridworker1");
		var closure = community.post("/api/v1/services/halls/" + code + "/closures",
				Map.of("date", "2026-02-13", "reason", "消防检查"));
		assertThat(closure.status()).as(closure.body()).isEqualTo(201);

		JsonNode setup = community.get("/api/v1/services/halls/" + code + "/setup").json();
		assertThat(setup.path("hall").path("name").asString()).isEqualTo("如意湖测试大厅");
		assertThat(setup.path("counters").get(0).path("staffA").asString()).isEqualTo("community1");
		assertThat(setup.path("closures").get(0).path("reason").asString()).isEqualTo("消防检查");

		// residents see the slots (Thursday with 8+4: 06:30–12:00 and 14:00–19:30), the closure shut, no usernames
		JsonNode thursday = api.get("/api/v1/services/halls/" + code + "/slots?item=ZM007&date=2026-02-26").json();
		assertThat(thursday.path("slots")).hasSize(22);
		assertThat(thursday.path("slots").get(0).path("start").asString()).startsWith("06:30");
		assertThat(thursday.path("slots").get(0).path("capacity").asInt()).isEqualTo(2);
		assertThat(api.get("/api/v1/services/halls/" + code + "/slots?item=ZM007&date=2026-02-13").json()
			.path("state").asString()).isEqualTo("CLOSURE");
		String hall = api.get("/api/v1/services/halls/" + code).body();
		assertThat(hall).contains("综合窗口").doesNotContain("community1").doesNotContain("gridworker1");

		// the street's staff rename it; community staff may not
		var renamed = api.as("dispatcher").put("/api/v1/services/halls/" + code,
				Map.of("name", "如意湖社区便民大厅", "address", "如意湖路 9 号"));
		assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
		assertThat(renamed.json().path("address").asString()).isEqualTo("如意湖路 9 号");
		var byCommunity = community.put("/api/v1/services/halls/" + code, Map.of("name", "改名"));
		assertThat(byCommunity.status()).isEqualTo(403);
		assertThat(byCommunity.json().path("type").asString()).endsWith("/forbidden");

		// a counter out of service takes no bookings and no longer shows
		assertThat(community.delete("/api/v1/services/halls/" + code + "/counters/1").status()).isEqualTo(204);
		assertThat(api.get("/api/v1/services/halls/" + code).json().path("counters")).isEmpty();
		assertThat(community.delete("/api/v1/services/halls/" + code + "/counters/1").status()).isEqualTo(404);
		// its number may be given to a new counter again
		fixture.addCounter(code, 1, List.of("ZM007"), 1, null, null);
		assertThat(api.get("/api/v1/services/halls/" + code).json().path("counters").get(0).path("capacity").asInt())
			.isEqualTo(1);
	}

	@Test
	void everyRefusalOfAHallNamesItsField() {
		Api admin = api.as("admin");
		var empty = admin.post("/api/v1/services/halls", Map.of());
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.errorFields()).containsExactlyInAnyOrder("code", "level", "regionCode", "name");

		var badCode = admin.post("/api/v1/services/halls", Map.of("code", "h 1", "name", "x", "level", "COMMUNITY_HALL",
				"regionCode", COMMUNITY));
		assertThat(badCode.errorFields()).containsExactly("code");
		assertThat(badCode.body()).contains("大写字母");
		var wrongLevel = admin.post("/api/v1/services/halls", Map.of("code", HallFixture.code("HA"), "name", "x",
				"level", "COMMUNITY_HALL", "regionCode", "410105560"));
		assertThat(wrongLevel.status()).isEqualTo(422);
		assertThat(wrongLevel.errorFields()).containsExactly("regionCode");
		assertThat(wrongLevel.body()).contains("不是社区代码");
		var gridDoor = admin.inEnglish().post("/api/v1/services/halls", Map.of("code", HallFixture.code("HA"),
				"name", "x", "level", "GRID_DOOR", "regionCode", COMMUNITY));
		assertThat(gridDoor.errorFields()).containsExactly("regionCode");
		assertThat(gridDoor.body()).contains("door-to-door service serves a grid");
		var unknownRegion = admin.post("/api/v1/services/halls", Map.of("code", HallFixture.code("HA"), "name", "x",
				"level", "COMMUNITY_HALL", "regionCode", "410105560099"));
		assertThat(unknownRegion.errorFields()).containsExactly("regionCode");
		assertThat(unknownRegion.body()).contains("410105560099");
		var unknownLevel = admin.post("/api/v1/services/halls", Map.of("code", HallFixture.code("HA"), "name", "x",
				"level", "VILLAGE", "regionCode", COMMUNITY));
		assertThat(unknownLevel.errorFields()).containsExactly("level");

		String code = fixture.hall("COMMUNITY_HALL", COMMUNITY);
		var taken = admin.post("/api/v1/services/halls", Map.of("code", code, "name", "x", "level", "COMMUNITY_HALL",
				"regionCode", COMMUNITY));
		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.errorFields()).containsExactly("code");
		var fixed = admin.put("/api/v1/services/halls/" + code, Map.of("name", "x", "level", "STREET_CENTRE",
				"regionCode", "410105560"));
		assertThat(fixed.status()).isEqualTo(422);
		assertThat(fixed.errorFields()).containsExactlyInAnyOrder("level", "regionCode");
		assertThat(admin.put("/api/v1/services/halls/HNOPE", Map.of("name", "x")).status()).isEqualTo(404);

		// only admins and the street's staff open halls
		var byCommunity = api.as("community1").post("/api/v1/services/halls", Map.of("code", HallFixture.code("HA"),
				"name", "x", "level", "COMMUNITY_HALL", "regionCode", COMMUNITY));
		assertThat(byCommunity.status()).isEqualTo(403);
		assertThat(byCommunity.json().path("type").asString()).endsWith("/forbidden");
		assertThat(api.post("/api/v1/services/halls", Map.of()).status()).isEqualTo(401);
	}

	@Test
	void everyRefusalOfACounterNamesItsField() {
		String code = fixture.openCommunityHall();
		String path = "/api/v1/services/halls/" + code + "/counters";
		Api community = api.as("community1");
		assertRefused(community.post(path, counter(1, "窗口", List.of("ZM007"), 0, null, null)), 422, "capacity", "1 到 100");
		assertRefused(community.post(path, counter(1, "窗口", List.of("ZM007"), 101, null, null)), 422, "capacity", "100");
		assertRefused(community.post(path, counter(100, "窗口", List.of("ZM007"), 1, null, null)), 422, "number", "99");
		assertRefused(community.post(path, counter(1, "窗口", List.of("ZM007", "NOPE99"), 1, null, null)), 422, "items",
				"NOPE99");
		assertRefused(community.post(path, counter(1, "窗口", List.of(), 1, null, null)), 422, "items", "至少");
		assertRefused(community.post(path, counter(1, "窗口", List.of("ZM007"), 1, "nobody-here", null)), 422, "staffA",
				"nobody-here");
		assertRefused(community.post(path, counter(1, "窗口", List.of("ZM007"), 1, "resident1", null)), 422, "staffA",
				"resident1");
		assertRefused(community.post(path, counter(1, "窗口", List.of("ZM007"), 1, "community1", "Community1")), 422,
				"staffB", "同一人");
		var missing = community.post(path, Map.of());
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.errorFields()).containsExactlyInAnyOrder("number", "name", "capacity", "items");
		// nothing was written
		assertThat(api.get("/api/v1/services/halls/" + code).json().path("counters")).isEmpty();

		fixture.addCounter(code, 1, List.of("ZM007"), 2, "community1", null);
		assertRefused(community.post(path, counter(1, "窗口", List.of("ZM008"), 1, null, null)), 409, "number", "1 号窗口");
		assertRefused(community.put(path + "/1", counter(2, "窗口", List.of("ZM007"), 2, null, null)), 422, "number", "不能修改");
		assertThat(community.put(path + "/7", counter(null, "窗口", List.of("ZM007"), 2, null, null)).status())
			.isEqualTo(404);

		// a door-to-door service serves only what is done at home
		String door = fixture.hall("GRID_DOOR", HallFixture.GRID);
		assertRefused(community.post("/api/v1/services/halls/" + door + "/counters",
				counter(1, "网格员上门", List.of("MZ009", "ZM014"), 1, "gridworker1", null)), 422, "items", "ZM014");
	}

	@Test
	void aWeekWithClosingBeforeOpeningOrOverlapsIsRefusedNamingThePeriod() {
		String code = fixture.hall("COMMUNITY_HALL", COMMUNITY);
		String path = "/api/v1/services/halls/" + code + "/hours";
		Api community = api.as("community1");
		var backwards = community.put(path, Map.of("periods", List.of(Map.of("weekday", 1, "opens", "12:00",
				"closes", "08:30"))));
		assertThat(backwards.status()).isEqualTo(422);
		assertThat(backwards.errorFields()).containsExactly("closes");
		assertThat(backwards.json().path("errors").get(0).path("item").asInt()).isZero();
		assertThat(backwards.body()).contains("应晚于");
		var overlap = community.put(path, Map.of("periods", List.of(
				Map.of("weekday", 2, "opens", "08:30", "closes", "12:00"),
				Map.of("weekday", 2, "opens", "11:30", "closes", "14:00"))));
		assertThat(overlap.status()).isEqualTo(422);
		assertThat(overlap.errorFields()).containsExactly("opens");
		assertThat(overlap.json().path("errors").get(0).path("item").asInt()).isEqualTo(1);
		assertThat(overlap.body()).contains("周二").contains("重叠");
		var badDay = community.put(path, Map.of("periods", List.of(Map.of("weekday", 8, "opens", "08:30",
				"closes", "12:00"))));
		assertThat(badDay.errorFields()).containsExactly("weekday");
		var closedExtended = community.put(path, Map.of("periods", List.of(Map.of("weekday", 1, "opens", "08:30",
				"closes", "12:00")), "extended", List.of(3)));
		assertThat(closedExtended.errorFields()).containsExactly("extended");
		assertThat(closedExtended.body()).contains("周三不办公");
		var tooLate = community.put(path, Map.of("periods", List.of(Map.of("weekday", 1, "opens", "08:30",
				"closes", "23:00")), "extended", List.of(1)));
		assertThat(tooLate.errorFields()).containsExactly("extended");
		// nothing was written
		JsonNode setup = community.get("/api/v1/services/halls/" + code + "/setup").json();
		assertThat(setup.path("periods")).isEmpty();
	}

	@Test
	void closuresAndAbsencesAreRefusedNamingTheirField() {
		String code = fixture.openCommunityHall();
		fixture.addCounter(code, 1, List.of("ZM007"), 2, "community1", "gridworker1");
		Api community = api.as("community1");
		String closures = "/api/v1/services/halls/" + code + "/closures";
		assertRefused(community.post(closures, Map.of("date", "2026-02-11", "reason", "检修")), 422, "date", "已经过去");
		var noReason = community.post(closures, Map.of("date", "2026-02-20"));
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(noReason.errorFields()).containsExactly("reason");
		assertThat(community.post(closures, Map.of("date", "2026-02-20", "reason", "检修")).status()).isEqualTo(201);
		assertRefused(community.post(closures, Map.of("date", "2026-02-20", "reason", "又检修")), 409, "date", "已经闭厅");
		assertThat(community.delete(closures + "/2026-02-20").status()).isEqualTo(204);
		assertThat(community.delete(closures + "/2026-02-20").status()).isEqualTo(404);

		String absences = "/api/v1/services/halls/" + code + "/absences";
		assertRefused(community.post(absences, Map.of("username", "dispatcher", "from", "2026-02-13")), 422, "username",
				"不是");
		assertRefused(community.post(absences, Map.of("username", "community1", "from", "2026-02-11")), 422, "from",
				"已经过去");
		assertRefused(community.post(absences, Map.of("username", "community1", "from", "2026-02-13", "to",
				"2026-02-12")), 422, "to", "早于");
		assertRefused(community.post(absences, Map.of("username", "community1", "from", "2026-02-13", "to",
				"2026-03-31")), 422, "to", "31");
		var recorded = community.post(absences, Map.of("username", "COMMUNITY1", "from", "2026-02-13", "to",
				"2026-02-14", "reason", "年休假"));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		assertThat(recorded.json()).hasSize(2);
		assertThat(recorded.json().get(0).path("username").asString()).isEqualTo("community1");
		assertThat(recorded.json().get(1).path("day").asString()).isEqualTo("2026-02-14");
		assertThat(community.delete(absences + "/community1/2026-02-14").status()).isEqualTo(204);
		assertThat(community.delete(absences + "/community1/2026-02-14").status()).isEqualTo(404);
	}

	@Test
	void aChangeThatWouldStrandLiveBookingsIsRefusedNamingTheField() {
		String code = fixture.openCommunityHall();
		fixture.addCounter(code, 1, List.of("ZM007", "ZM008"), 3, "community1", "gridworker1");
		Api first = fixture.signedIn(fixture.user("RESIDENT", null));
		Api second = fixture.signedIn(fixture.user("RESIDENT", null));
		assertThat(first.post("/api/v1/services/bookings", HallFixture.booking(code, "ZM007", "2026-02-13", "10:00"))
			.status()).isEqualTo(201);
		assertThat(second.post("/api/v1/services/bookings", HallFixture.booking(code, "ZM007", "2026-02-13", "10:00"))
			.status()).isEqualTo(201);
		Api community = api.as("community1");
		String counter = "/api/v1/services/halls/" + code + "/counters/1";

		assertRefused(community.put(counter, counter(null, "综合窗口", List.of("ZM007", "ZM008"), 1, "community1",
				"gridworker1")), 409, "capacity", "第 2 位");
		assertRefused(community.put(counter, counter(null, "综合窗口", List.of("ZM008"), 3, "community1",
				"gridworker1")), 409, "items", "ZM007");
		assertRefused(community.delete(counter), 409, "number", "2026-02-13");
		assertRefused(community.put("/api/v1/services/halls/" + code + "/hours",
				HallFixture.weekdays("08:30", "10:00", "14:00", "17:30", List.of())), 409, "periods", "10:00");
		assertRefused(community.post("/api/v1/services/halls/" + code + "/closures",
				Map.of("date", "2026-02-13", "reason", "停电")), 409, "date", "2 个预约");

		// what strands nobody goes through: down to the places held, an item nobody booked removed, other hours
		var lower = community.put(counter, counter(null, "综合窗口", List.of("ZM007"), 2, "community1", "gridworker1"));
		assertThat(lower.status()).as(lower.body()).isEqualTo(200);
		assertThat(lower.json().path("capacity").asInt()).isEqualTo(2);
		assertThat(community.put("/api/v1/services/halls/" + code + "/hours",
				HallFixture.weekdays("09:00", "12:00", "14:00", "17:00", List.of())).status()).isEqualTo(200);
		assertThat(community.post("/api/v1/services/halls/" + code + "/closures",
				Map.of("date", "2026-02-25", "reason", "停电")).status()).isEqualTo(201);
	}

	@Test
	void staffOfAnotherCommunityGridWorkersAndResidentsCannotSetAHallUp() {
		String code = fixture.openCommunityHall();
		fixture.addCounter(code, 1, List.of("ZM007"), 2, "community1", null);
		Api other = fixture.signedIn(fixture.user("COMMUNITY_STAFF", "410105560002"));
		String base = "/api/v1/services/halls/" + code;
		for (Api.Response r : List.of(other.get(base + "/setup"),
				other.post(base + "/counters", counter(2, "窗口", List.of("ZM007"), 1, null, null)),
				other.put(base + "/counters/1", counter(null, "窗口", List.of("ZM007"), 1, null, null)),
				other.delete(base + "/counters/1"),
				other.put(base + "/hours", HallFixture.weekdays("08:30", "12:00", "14:00", "17:30", List.of())),
				other.post(base + "/closures", Map.of("date", "2026-02-20", "reason", "x")),
				other.delete(base + "/closures/2026-02-20"),
				other.post(base + "/absences", Map.of("username", "community1", "from", "2026-02-20")),
				other.delete(base + "/absences/community1/2026-02-20"))) {
			assertThat(r.status()).as(r.body()).isEqualTo(403);
			assertThat(r.json().path("type").asString()).endsWith("/out-of-scope");
		}
		for (Api caller : List.of(api.as("gridworker1"), api.as("resident1"), api.as("leader"))) {
			var r = caller.post(base + "/counters", counter(2, "窗口", List.of("ZM007"), 1, null, null));
			assertThat(r.status()).as(r.body()).isEqualTo(403);
			assertThat(r.json().path("type").asString()).endsWith("/forbidden");
		}
		assertThat(api.get(base + "/setup").status()).isEqualTo(401);
		// the street's staff and admins may, in their scope
		assertThat(api.as("dispatcher").post(base + "/counters", counter(2, "窗口", List.of("ZM007"), 1, null, null))
			.status()).isEqualTo(201);
		assertThat(api.as("admin").get(base + "/setup").json().path("counters")).hasSize(2);
	}

	static void assertRefused(Api.Response r, int status, String field, String words) {
		assertThat(r.status()).as(r.body()).isEqualTo(status);
		assertThat(r.errorFields()).as(r.body()).containsExactly(field);
		assertThat(r.body()).contains(words);
	}
}

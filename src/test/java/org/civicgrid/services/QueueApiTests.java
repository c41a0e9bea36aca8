package org.civicgrid.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.civicgrid.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The walk-in queue over HTTP: numbers of a hall's day one after another with the wait before each, the counter
 * serving the item calling the lowest, the hall's screen showing it, and the refusals (a closed day, an item not
 * served, nobody waiting, staff of another community); a called number served, skipped or called again, each step
 * refused from any other state; the estimate from the day's median service time shared by the item's counters.
 */
class QueueApiTests extends ApiTest {

	@Autowired
	MovableClock clock;

	@Autowired
	ServiceHalls halls;

	String hall() {
		return hall(new HallSetup.Counter(1, "民政窗口", List.of("ZM007"), 1),
				new HallSetup.Counter(2, "证明窗口", List.of("ZM005"), 1));
	}

	String hall(HallSetup.Counter... counters) {
		String code = "HQ" + System.nanoTime() % 1_000_000;
		List<HallSetup.Period> hours = WeekdayHours.of("08:30", "17:30");
		halls.addMissing(List.of(new HallSetup(code, "取号测试大厅" + code, "COMMUNITY_HALL", "410105560001", "",
				List.of(counters), hours, Set.of(), List.of())));
		return code;
	}

	Api resident() {
		String username = "q-" + Long.toString(System.nanoTime(), 36);
		Map<String, Object> body = new HashMap<>(Map.of("username", username, "displayName", "取号居民",
				"password", "test-password-1", "role", "RESIDENT"));
		assertThat(api.as("admin").post("/api/v1/accounts", body).status()).isEqualTo(201);
		return api.withToken(api.tokenFor(username, "test-password-1"));
	}

	/** Staff of another community than the test halls' 410105560001. */
	Api otherCommunityStaff() {
		var staff = new HashMap<String, Object>(Map.of("username", "q-staff-" + Long.toString(System.nanoTime(), 36),
				"displayName", "别的社区", "password", "test-password-1", "role", "COMMUNITY_STAFF", "regionCode",
				"410105560002"));
		assertThat(api.as("admin").post("/api/v1/accounts", staff).status()).isEqualTo(201);
		return api.withToken(api.tokenFor((String) staff.get("username"), "test-password-1"));
	}

	static String take(String hall) {
		return "/api/v1/services/halls/" + hall + "/queue";
	}

	static String callNext(String hall, int counter) {
		return "/api/v1/services/halls/" + hall + "/counters/" + counter + "/call-next";
	}

	static String step(String hall, int number, String step) {
		return "/api/v1/services/halls/" + hall + "/queue/" + number + "/" + step;
	}

	@Test
	void residentsTakeNumbersAndTheCounterServingTheItemCallsTheLowest() {
		clock.stopAt("2026-02-12T09:00");
		String hall = hall();
		Api first = resident();
		Api second = resident();
		Api other = resident();
		JsonNode a = first.post("/api/v1/services/halls/" + hall + "/queue", Map.of("item", "ZM007")).json();
		JsonNode b = second.post("/api/v1/services/halls/" + hall + "/queue", Map.of("item", "ZM007")).json();
		JsonNode c = other.post("/api/v1/services/halls/" + hall + "/queue", Map.of("item", "ZM005")).json();
		assertThat(List.of(a.path("number").asInt(), b.path("number").asInt(), c.path("number").asInt()))
			.containsExactly(1, 2, 3);
		assertThat(b.path("ahead").asInt()).isEqualTo(1);
		assertThat(b.path("waitMinutes").asInt()).isEqualTo(10);
		assertThat(c.path("ahead").asInt()).as("ZM005 waits only behind ZM005").isZero();

		String call = "/api/v1/services/halls/" + hall + "/counters/1/call-next";
		assertThat(resident().post(call, Map.of()).status()).isEqualTo(403);
		var refused = otherCommunityStaff().post(call, Map.of());
		assertThat(refused.status()).isEqualTo(403);

		JsonNode called = api.as("community1").post(call, Map.of()).json();
		assertThat(called.path("number").asInt()).isEqualTo(1);
		assertThat(called.path("state").asText()).isEqualTo("CALLED");
		assertThat(called.path("counterNo").asInt()).isEqualTo(1);
		assertThat(second.get("/api/v1/services/queue/mine").json().get(0).path("ahead").asInt()).isZero();
		assertThat(api.as("community1").post(call, Map.of()).json().path("number").asInt()).isEqualTo(2);
		var empty = api.as("community1").post(call, Map.of());
		assertThat(empty.status()).isEqualTo(409);
		assertThat(empty.errorFields()).containsExactly("counter");
		assertThat(api.as("community1").post("/api/v1/services/halls/" + hall + "/counters/2/call-next", Map.of())
			.json().path("number").asInt()).isEqualTo(3);
		JsonNode screen = Api.on(port).get("/api/v1/services/halls/" + hall + "/queue/called").json();
		assertThat(screen).hasSize(3);
		assertThat(screen.get(0).path("number").asInt()).isEqualTo(3);
	}

	@Test
	void noNumbersOnAClosedDayOrForAnItemNotServed() {
		clock.stopAt("2026-02-16T09:00");
		String hall = hall();
		Api resident = resident();
		var closed = resident.post("/api/v1/services/halls/" + hall + "/queue", Map.of("item", "ZM007"));
		assertThat(closed.status()).isEqualTo(409);
		assertThat(closed.errorFields()).containsExactly("hall");
		clock.stopAt("2026-02-13T09:00");
		var notServed = resident().post("/api/v1/services/halls/" + hall + "/queue", Map.of("item", "MZ001"));
		assertThat(notServed.status()).isEqualTo(422);
		assertThat(notServed.errorFields()).containsExactly("item");
	}

	@Test
	void aCalledNumberIsCalledAgainThenServedAndTheNextSkippedWhichItsResidentSees() {
		clock.stopAt("2026-02-12T09:00");
		String hall = hall();
		Api first = resident();
		Api second = resident();
		first.post(take(hall), Map.of("item", "ZM007"));
		second.post(take(hall), Map.of("item", "ZM007"));
		Api staff = api.as("community1");

		var notCalled = staff.post(step(hall, 1, "served"), Map.of());
		assertThat(notCalled.status()).isEqualTo(409);
		assertThat(notCalled.errorFields()).containsExactly("state");
		assertThat(notCalled.json().path("detail").asString()).isEqualTo("1 号现在是“等候中”，不能办结");

		assertThat(staff.post(callNext(hall, 1), Map.of()).json().path("number").asInt()).isEqualTo(1);
		clock.advance(java.time.Duration.ofMinutes(1));
		JsonNode recalled = staff.post(step(hall, 1, "recall"), Map.of()).json();
		assertThat(recalled.path("state").asString()).isEqualTo("CALLED");
		assertThat(recalled.path("recalls").asInt()).isEqualTo(1);
		JsonNode screen = Api.on(port).get("/api/v1/services/halls/" + hall + "/queue/called").json();
		assertThat(screen.get(0).path("number").asInt()).isEqualTo(1);
		assertThat(screen.get(0).path("recalls").asInt()).isEqualTo(1);
		assertThat(screen.get(0).path("calledAt").asString()).isEqualTo("2026-02-12T01:01:00Z");
		assertThat(screen.get(0).has("accountId")).as("the screen says nothing of who holds a number").isFalse();

		clock.advance(java.time.Duration.ofMinutes(4));
		JsonNode served = staff.post(step(hall, 1, "served"), Map.of()).json();
		assertThat(served.path("state").asString()).isEqualTo("SERVED");
		assertThat(served.path("finishedAt").asString()).isEqualTo("2026-02-12T01:05:00Z");
		var twice = staff.post(step(hall, 1, "skipped"), Map.of());
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.errorFields()).containsExactly("state");
		assertThat(twice.json().path("detail").asString()).isEqualTo("1 号现在是“已办结”，不能过号");
		assertThat(staff.inEnglish().post(step(hall, 1, "recall"), Map.of()).json().path("detail").asString())
			.isEqualTo("Number 1 is served now, so “Call again” cannot be done");

		assertThat(staff.post(callNext(hall, 1), Map.of()).json().path("number").asInt()).isEqualTo(2);
		assertThat(second.get("/api/v1/services/queue/mine").json().get(0).path("state").asString())
			.isEqualTo("CALLED");
		JsonNode skipped = staff.post(step(hall, 2, "skipped"), Map.of()).json();
		assertThat(skipped.path("state").asString()).isEqualTo("SKIPPED");
		JsonNode mine = second.get("/api/v1/services/queue/mine").json();
		assertThat(mine).hasSize(1);
		assertThat(mine.get(0).path("number").asInt()).isEqualTo(2);
		assertThat(mine.get(0).path("state").asString()).isEqualTo("SKIPPED");
		assertThat(mine.get(0).path("counterNo").asInt()).isEqualTo(1);
		assertThat(first.get("/api/v1/services/queue/mine").json().get(0).path("state").asString())
			.isEqualTo("SERVED");
		assertThat(Api.on(port).get("/api/v1/services/halls/" + hall + "/queue/called").json())
			.as("a finished number leaves the screen").isEmpty();

		JsonNode day = staff.get("/api/v1/services/halls/" + hall + "/queue").json();
		assertThat(day).hasSize(2);
		assertThat(day.get(0).path("state").asString()).isEqualTo("SERVED");
		assertThat(day.get(1).path("state").asString()).isEqualTo("SKIPPED");
	}

	@Test
	void servingSkippingAndRecallingAreForTheHallsStaffAndAnUnknownNumberIsNotFound() {
		clock.stopAt("2026-02-12T09:00");
		String hall = hall();
		Api holder = resident();
		holder.post(take(hall), Map.of("item", "ZM007"));
		Api staff = api.as("community1");
		staff.post(callNext(hall, 1), Map.of());
		Api outsider = otherCommunityStaff();
		for (String s : List.of("served", "skipped", "recall")) {
			var byHolder = holder.post(step(hall, 1, s), Map.of());
			assertThat(byHolder.status()).as(s).isEqualTo(403);
			assertThat(byHolder.json().path("type").asString()).as(s).endsWith("/forbidden");
			var byOutsider = outsider.post(step(hall, 1, s), Map.of());
			assertThat(byOutsider.status()).as(s).isEqualTo(403);
			assertThat(byOutsider.json().path("type").asString()).as(s).endsWith("/out-of-scope");
			var unknown = staff.post(step(hall, 99, s), Map.of());
			assertThat(unknown.status()).as(s).isEqualTo(404);
			assertThat(unknown.json().path("detail").asString()).as(s).isEqualTo("今天取号测试大厅" + hall + "没有 99 号");
			assertThat(staff.post(step("HNOPE", 1, s), Map.of()).status()).as(s).isEqualTo(404);
		}
		assertThat(holder.get("/api/v1/services/queue/mine").json().get(0).path("state").asString())
			.as("nothing moved it").isEqualTo("CALLED");
		assertThat(holder.get("/api/v1/services/halls/" + hall + "/queue").status()).isEqualTo(403);
		assertThat(outsider.get("/api/v1/services/halls/" + hall + "/queue").json().path("type").asString())
			.endsWith("/out-of-scope");
		assertThat(api.as("admin").post(step(hall, 1, "served"), Map.of()).json().path("state").asString())
			.as("the street's and the district's staff cover every hall").isEqualTo("SERVED");
	}

	@Test
	void theWaitIsTheMedianServiceTimeOfTheItemTodaySharedByTheCountersServingIt() {
		clock.stopAt("2026-02-12T09:00");
		String hall = hall(new HallSetup.Counter(1, "综合窗口一", List.of("ZM007"), 1),
				new HallSetup.Counter(2, "综合窗口二", List.of("ZM007", "ZM005"), 1),
				new HallSetup.Counter(3, "证明窗口", List.of("ZM005"), 1));
		List<Api> residents = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			Api r = resident();
			residents.add(r);
			r.post(take(hall), Map.of("item", "ZM007"));
		}
		Api sixth = residents.get(5);
		JsonNode before = sixth.get("/api/v1/services/queue/mine").json().get(0);
		assertThat(before.path("ahead").asInt()).isEqualTo(5);
		assertThat(before.path("waitMinutes").asInt()).as("ten minutes each until one is served, two counters")
			.isEqualTo(25);

		Api staff = api.as("community1");
		int[] minutes = { 4, 6, 20 };
		for (int i = 0; i < minutes.length; i++) {
			int number = staff.post(callNext(hall, 1), Map.of()).json().path("number").asInt();
			clock.advance(java.time.Duration.ofMinutes(minutes[i]));
			staff.post(step(hall, number, "served"), Map.of());
			if (i == 1) {
				JsonNode afterTwo = sixth.get("/api/v1/services/queue/mine").json().get(0);
				assertThat(afterTwo.path("ahead").asInt()).isEqualTo(3);
				assertThat(afterTwo.path("waitMinutes").asInt()).as("median of 4 and 6 is 5: 3 × 5 / 2, rounded up")
					.isEqualTo(8);
			}
		}
		JsonNode after = sixth.get("/api/v1/services/queue/mine").json().get(0);
		assertThat(after.path("ahead").asInt()).isEqualTo(2);
		assertThat(after.path("waitMinutes").asInt()).as("median of 4, 6 and 20 is 6: 2 × 6 / 2").isEqualTo(6);

		// another item keeps its own estimate: nothing of it served yet, ten minutes, two counters serve it
		resident().post(take(hall), Map.of("item", "ZM005"));
		JsonNode other = resident().post(take(hall), Map.of("item", "ZM005")).json();
		assertThat(other.path("ahead").asInt()).isEqualTo(1);
		assertThat(other.path("waitMinutes").asInt()).isEqualTo(5);

		JsonNode waiting = Api.on(port).get("/api/v1/services/halls/" + hall + "/queue/waiting").json();
		assertThat(waiting.path("waiting").asInt()).isEqualTo(5);
		assertThat(waiting.path("byItem").path("ZM007").asInt()).isEqualTo(3);
		assertThat(waiting.path("byItem").path("ZM005").asInt()).isEqualTo(2);
		assertThat(Api.on(port).get("/api/v1/services/halls/HNOPE/queue/waiting").status()).isEqualTo(404);
	}
}

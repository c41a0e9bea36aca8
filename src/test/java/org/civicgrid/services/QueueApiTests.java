package org.civicgrid.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
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
 * served, nobody waiting, staff of another community).
 */
class QueueApiTests extends ApiTest {

	@Autowired
	MovableClock clock;

	@Autowired
	ServiceHalls halls;

	String hall() {
		String code = "HQ" + System.nanoTime() % 1_000_000;
		List<HallSetup.Period> hours = new ArrayList<>();
		for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			hours.add(new HallSetup.Period(d, LocalTime.of(8, 30), LocalTime.of(17, 30)));
		}
		halls.addMissing(List.of(new HallSetup(code, "取号测试大厅" + code, "COMMUNITY_HALL", "410105560001", "",
				List.of(new HallSetup.Counter(1, "民政窗口", List.of("ZM007"), 1),
						new HallSetup.Counter(2, "证明窗口", List.of("ZM005"), 1)),
				hours, Set.of(), List.of())));
		return code;
	}

	Api resident() {
		String username = "q-" + Long.toString(System.nanoTime(), 36);
		Map<String, Object> body = new HashMap<>(Map.of("username", username, "displayName", "取号居民",
				"password", "test-password-1", "role", "RESIDENT"));
		assertThat(api.as("admin").post("/api/v1/accounts", body).status()).isEqualTo(201);
		return api.withToken(api.tokenFor(username, "test-password-1"));
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
		Api otherStaff = api.as("admin");
		var staff = new HashMap<String, Object>(Map.of("username", "q-staff-" + Long.toString(System.nanoTime(), 36),
				"displayName", "别的社区", "password", "test-password-1", "role", "COMMUNITY_STAFF", "regionCode",
				"410105560002"));
		assertThat(otherStaff.post("/api/v1/accounts", staff).status()).isEqualTo(201);
		var refused = api.withToken(api.tokenFor((String) staff.get("username"), "test-password-1")).post(call, Map.of());
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
}

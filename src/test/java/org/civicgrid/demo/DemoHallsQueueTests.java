package org.civicgrid.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civicgrid.testing.Api;
import org.civicgrid.testing.IntegrationTest;
import org.civicgrid.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The demo halls start the day's walk-in queue on the injected clock's day: at each counter three served, one
 * called, two waiting, all before the clock's now, the called ones on the hall's screen; a second start changes
 * nothing, and a day the hall is shut gets no queue.
 */
@IntegrationTest
class DemoHallsQueueTests {

	static final String CENTRE = "H410105560";

	@Autowired
	DemoHalls demo;

	@Autowired
	MovableClock clock;

	@LocalServerPort
	int port;

	@Test
	void aFirstStartLeavesTheMorningsQueueUnderWayAndASecondChangesNothing() throws Exception {
		Instant now = clock.stopAt("2026-03-12T10:30"); // a day no other test takes numbers at the demo halls
		demo.run(null);
		Api api = Api.on(port);
		JsonNode day = api.as("admin").get("/api/v1/services/halls/" + CENTRE + "/queue").json();
		int counters = api.get("/api/v1/services/halls/" + CENTRE).json().path("counters").size();
		assertThat(counters).isEqualTo(7);
		assertThat(count(day, "SERVED")).isEqualTo(3 * counters);
		assertThat(count(day, "CALLED")).isEqualTo(counters);
		assertThat(count(day, "WAITING")).isEqualTo(2 * counters);
		for (JsonNode t : day) {
			assertThat(t.path("date").asString()).isEqualTo("2026-03-12");
			assertThat(Instant.parse(t.path("takenAt").asString())).isBefore(now);
		}
		JsonNode screen = api.get("/api/v1/services/halls/" + CENTRE + "/queue/called").json();
		Set<Integer> calledCounters = new HashSet<>();
		screen.forEach(c -> calledCounters.add(c.path("counterNo").asInt()));
		assertThat(calledCounters).as("one called at each counter").hasSize(counters);
		assertThat(api.get("/api/v1/services/halls/" + CENTRE + "/queue/waiting").json().path("waiting").asInt())
			.isEqualTo(2 * counters);
		JsonNode community = api.as("community1").get("/api/v1/services/halls/H410105560001/queue").json();
		assertThat(count(community, "CALLED")).isEqualTo(2);

		demo.run(null);
		assertThat(api.as("admin").get("/api/v1/services/halls/" + CENTRE + "/queue").json()).hasSize(day.size());

		// each counter's called number came before its waiting ones, and calling the next takes the lowest of them
		JsonNode first = api.get("/api/v1/services/halls/" + CENTRE).json().path("counters").get(0);
		Set<String> items = new HashSet<>();
		first.path("items").forEach(i -> items.add(i.asString()));
		List<Integer> waiting = new ArrayList<>();
		int called = 0;
		for (JsonNode t : day) {
			if (!items.contains(t.path("itemCode").asString())) {
				continue;
			}
			if (t.path("state").asString().equals("WAITING")) {
				waiting.add(t.path("number").asInt());
			}
			if (t.path("state").asString().equals("CALLED")) {
				called = t.path("number").asInt();
			}
		}
		assertThat(waiting).hasSize(2).allSatisfy(n -> assertThat(n).isGreaterThan(0));
		assertThat(called).isLessThan(waiting.get(0));
		JsonNode next = api.as("admin").post("/api/v1/services/halls/" + CENTRE + "/counters/1/call-next", Map.of())
			.json();
		assertThat(next.path("number").asInt()).isEqualTo(waiting.get(0));
	}

	@Test
	void aDayTheHallsAreShutGetsNoQueue() throws Exception {
		clock.stopAt("2026-02-16T10:30"); // the Spring Festival holiday
		demo.run(null);
		assertThat(Api.on(port).as("admin").get("/api/v1/services/halls/" + CENTRE + "/queue").json()).isEmpty();
	}

	private static long count(JsonNode tickets, String state) {
		long n = 0;
		for (JsonNode t : tickets) {
			n += t.path("state").asString().equals(state) ? 1 : 0;
		}
		return n;
	}
}

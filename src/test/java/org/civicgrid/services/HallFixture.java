package org.civicgrid.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.civicgrid.testing.Api;

/**
 * Halls and accounts of a test's own, made over the API as an admin and a hall's manager would: a hall opened in
 * community 410105560001, its week, its counters with A and B staff, accounts signed in afresh.
 */
final class HallFixture {

	static final String COMMUNITY = "410105560001";
	static final String GRID = "410105560001001";
	static final String PASSWORD = "test-password-1";
	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final Api api;

	HallFixture(Api api) {
		this.api = api;
	}

	/** A code no other test uses. */
	static String code(String prefix) {
		return prefix + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase() + SEQUENCE.incrementAndGet();
	}

	/** Opens a hall as admin; answers its code. */
	String hall(String level, String region) {
		String code = code("HA");
		var r = api.as("admin").post("/api/v1/services/halls", Map.of("code", code, "name", "设置测试大厅" + code,
				"level", level, "regionCode", region, "address", "测试路 1 号"));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return code;
	}

	/** A community hall open Monday to Friday 08:30–12:00 and 14:00–17:30, 8+4 on Thursdays. */
	String openCommunityHall() {
		String code = hall("COMMUNITY_HALL", COMMUNITY);
		var r = api.as("community1").put("/api/v1/services/halls/" + code + "/hours", weekdays("08:30", "12:00",
				"14:00", "17:30", List.of(4)));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return code;
	}

	static Map<String, Object> weekdays(String opens, String noon, String afternoon, String closes,
			List<Integer> extended) {
		List<Map<String, Object>> periods = new ArrayList<>();
		for (int d = 1; d <= 5; d++) {
			periods.add(Map.of("weekday", d, "opens", opens, "closes", noon));
			periods.add(Map.of("weekday", d, "opens", afternoon, "closes", closes));
		}
		return Map.of("periods", periods, "extended", extended);
	}

	static Map<String, Object> counter(Integer number, String name, List<String> items, Integer capacity,
			String staffA, String staffB) {
		Map<String, Object> body = new HashMap<>();
		body.put("number", number);
		body.put("name", name);
		body.put("items", items);
		body.put("capacity", capacity);
		body.put("staffA", staffA);
		body.put("staffB", staffB);
		return body;
	}

	/** Adds a counter as community1; fails unless it is added. */
	void addCounter(String hall, int number, List<String> items, int capacity, String staffA, String staffB) {
		var r = api.as("community1").post("/api/v1/services/halls/" + hall + "/counters",
				counter(number, number + " 号窗口", items, capacity, staffA, staffB));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
	}

	/** Opens an account as admin; answers its username. */
	String user(String role, String region) {
		String username = "ha-" + role.toLowerCase().substring(0, 4) + "-" + Long.toString(System.nanoTime(), 36) + "-"
				+ SEQUENCE.incrementAndGet();
		var body = new HashMap<String, Object>();
		body.put("username", username);
		body.put("displayName", "大厅测试 " + username);
		body.put("password", PASSWORD);
		body.put("role", role);
		body.put("regionCode", region);
		var r = api.as("admin").post("/api/v1/accounts", body);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return username;
	}

	/** Signs in afresh (a token issued before the clock moved has expired). */
	Api signedIn(String username) {
		return api.withToken(api.tokenFor(username, PASSWORD));
	}

	static Map<String, Object> booking(String hall, String item, String date, String start) {
		var body = new HashMap<String, Object>();
		body.put("hall", hall);
		body.put("item", item);
		body.put("date", date);
		body.put("start", start);
		return body;
	}
}

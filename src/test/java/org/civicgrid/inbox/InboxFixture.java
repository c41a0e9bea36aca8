package org.civicgrid.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.civicgrid.testing.Api;
import tools.jackson.databind.JsonNode;

/**
 * Residents of a test's own, cases reported at the centre of grid 410105560001001 and taken along the loop, and
 * reading the messages each step wrote (in the step's own transaction, so they are there when it answers; the
 * waits only guard against a slow database).
 */
final class InboxFixture {

	static final String GRID = "410105560001001";

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private final Api api;
	private final double lat;
	private final double lng;

	InboxFixture(Api api) {
		this.api = api;
		JsonNode centroid = api.as("gridworker1").get("/api/v1/regions/" + GRID).json().path("centroid");
		this.lat = centroid.path("lat").asDouble();
		this.lng = centroid.path("lng").asDouble();
	}

	static String marker() {
		return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	/** A resident account no other test uses, signed in. */
	Api aNewResident() {
		String username = "inbox-" + marker();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("username", username);
		body.put("displayName", "测试居民");
		body.put("password", "test-password-1");
		body.put("role", "RESIDENT");
		Api.Response created = api.as("admin").post("/api/v1/accounts", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return api.withToken(api.tokenFor(username, "test-password-1"));
	}

	/** Reports a pile of rubbish at the grid's centre and answers the new case. */
	JsonNode report(Api reporter, String description) {
		return report(reporter, "E0102", description);
	}

	JsonNode report(Api reporter, String category, String description) {
		Api.Response r = reporter.post("/api/v1/cases", Map.of("categoryCode", category, "description", description,
				"location", Map.of("lat", lat, "lng", lng), "address", "如意湖路口", "reporterContact", "13800000000"));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json();
	}

	JsonNode step(String username, long id, String action, Object body) {
		Api.Response r = api.as(username).post("/api/v1/cases/" + id + "/actions/" + action, body);
		assertThat(r.status()).as(action + " by " + username + ": " + r.body()).isEqualTo(200);
		return r.json();
	}

	/** Verified by the grid worker and filed (受理) by the dispatcher. */
	void accept(long id) {
		step("gridworker1", id, "verify", Map.of("note", "现场确认"));
		step("dispatcher", id, "file", Map.of());
	}

	/** Verified by the grid worker, filed and dispatched to gridworker1 by the dispatcher. */
	void dispatchToGridworker1(long id) {
		accept(id);
		step("dispatcher", id, "dispatch", Map.of("assigneeUnit", GRID, "assigneeUser", "gridworker1"));
	}

	/** Dispatched to gridworker1, who accepts and reports back; the supervisor checks and closes it. */
	void closeByGridworker1(long id) {
		dispatchToGridworker1(id);
		step("gridworker1", id, "accept", Map.of());
		step("gridworker1", id, "handle", Map.of("note", "垃圾已清除"));
		step("supervisor", id, "check-pass", Map.of("note", "地面无残留"));
	}

	/** The reader's messages about one case, oldest first. */
	static List<JsonNode> about(Api reader, String caseNumber) {
		JsonNode page = reader.get("/api/v1/inbox?size=500").json();
		List<JsonNode> found = new ArrayList<>();
		page.path("items").forEach(m -> {
			if (caseNumber.equals(m.path("caseNumber").asString())) {
				found.add(0, m);
			}
		});
		return found;
	}

	/** Waits until the reader's messages about the case satisfy {@code done}, and answers them. */
	static List<JsonNode> awaitMessages(Api reader, String caseNumber, Predicate<List<JsonNode>> done) {
		long until = System.nanoTime() + PATIENCE.toNanos();
		List<JsonNode> messages = about(reader, caseNumber);
		while (!done.test(messages) && System.nanoTime() < until) {
			sleep();
			messages = about(reader, caseNumber);
		}
		return messages;
	}

	static List<JsonNode> awaitKeys(Api reader, String caseNumber, String... keys) {
		return awaitMessages(reader, caseNumber, ms -> keysOf(ms).containsAll(List.of(keys)));
	}

	static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(v -> values.add(v.asString()));
		return values;
	}

	static List<String> keysOf(List<JsonNode> messages) {
		return messages.stream().map(m -> m.path("key").asString()).toList();
	}

	static List<String> textsOf(List<JsonNode> messages) {
		return messages.stream().map(m -> m.path("text").asString()).toList();
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}
}

package org.civicgrid.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.inbox.InboxFixture.awaitKeys;
import static org.civicgrid.inbox.InboxFixture.textsOf;
import static org.civicgrid.shared.ProblemAssertions.assertProblem;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The supervision board (督办) over HTTP: an overdue case and one close to its limit, in scope, counted and sorted
 * by how overdue they are; a card issued from it reaches the handler's inbox; other roles and other scopes are
 * refused or see nothing. Lives beside the inbox tests because the supervise and instruct steps notify.
 */
class SupervisionBoardApiTests extends ApiTest {

	@Autowired
	JdbcClient jdbc;

	InboxFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new InboxFixture(api);
	}

	@Test
	void showsRedBeforeYellowWithCountsAndTheCardsIssued() {
		JsonNode red = dispatchedCase("E0102", "overdue " + InboxFixture.marker());
		JsonNode yellow = dispatchedCase("E0401", "close to limit " + InboxFixture.marker());
		clockStarted(red.path("id").asLong(), Duration.ofDays(30), Duration.ofHours(4));
		clockStarted(yellow.path("id").asLong(), Duration.ofMinutes(100), Duration.ofHours(2)); // 83 % of 2 h used

		Api.Response issued = api.as("supervisor").post("/api/v1/cases/" + red.path("id").asLong()
				+ "/actions/supervise", Map.of("card", "RED", "note", "限今日办结"));
		assertThat(issued.status()).as(issued.body()).isEqualTo(200);

		JsonNode board = api.as("supervisor").get("/api/v1/cases/supervision").json();
		List<Long> order = ids(board);
		long redId = red.path("id").asLong();
		long yellowId = yellow.path("id").asLong();
		assertThat(order).contains(redId, yellowId);
		assertThat(order.indexOf(redId)).isLessThan(order.indexOf(yellowId));
		JsonNode redEntry = entry(board, redId);
		assertThat(redEntry.path("colour").asString()).isEqualTo("RED");
		assertThat(redEntry.path("number").asString()).isEqualTo(red.path("number").asString());
		assertThat(redEntry.path("overdueMinutes").asLong()).isGreaterThan(Duration.ofDays(20).toMinutes());
		assertThat(redEntry.path("cards")).hasSize(1);
		assertThat(redEntry.path("cards").get(0).path("card").asString()).isEqualTo("RED");
		assertThat(redEntry.path("cards").get(0).path("by").asString()).isEqualTo("supervisor");
		assertThat(redEntry.path("cards").get(0).path("note").asString()).isEqualTo("限今日办结");
		assertThat(InboxFixture.strings(redEntry.path("allowedActions"))).contains("supervise");
		JsonNode yellowEntry = entry(board, yellowId);
		assertThat(yellowEntry.path("colour").asString()).isEqualTo("YELLOW");
		assertThat(yellowEntry.path("overdueMinutes").asLong()).isBetween(-21L, 0L);
		assertThat(yellowEntry.path("cards")).isEmpty();

		assertThat(board.path("byColour").path("RED").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(board.path("byColour").path("YELLOW").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(board.path("cardsIssued").path("RED").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(count(board.path("byCategory"), "E0102").path("name").asString()).isEqualTo("暴露垃圾");
		assertThat(count(board.path("byCategory"), "E0102").path("red").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(count(board.path("byCategory"), "E0401").path("yellow").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(count(board.path("byUnit"), InboxFixture.GRID).path("red").asLong()).isGreaterThanOrEqualTo(1);

		// the leader and the dispatcher see the same cases; the leader may instruct, the dispatcher only look
		JsonNode leaders = api.as("leader").get("/api/v1/cases/supervision").json();
		assertThat(InboxFixture.strings(entry(leaders, redId).path("allowedActions"))).contains("instruct")
			.doesNotContain("supervise");
		JsonNode dispatchers = api.as("dispatcher").get("/api/v1/cases/supervision").json();
		assertThat(ids(dispatchers)).contains(redId, yellowId);

		// the card and an instruction reach whoever handles the case
		Api.Response instructed = api.as("leader").post("/api/v1/cases/" + redId + "/actions/instruct",
				Map.of("note", "请街道牵头督办"));
		assertThat(instructed.status()).as(instructed.body()).isEqualTo(200);
		List<JsonNode> handler = awaitKeys(api.as("gridworker1"), red.path("number").asString(),
				"inbox.case.supervised", "inbox.case.instructed");
		assertThat(textsOf(handler)).contains("案件 " + red.path("number").asString() + " 被督办（红牌），请加快办理。",
				"领导对案件 " + red.path("number").asString() + " 作出批示，请查看办理过程。");
	}

	@Test
	void otherRolesAreRefusedAndOtherScopesSeeNothing() {
		for (String user : List.of("gridworker1", "resident1", "handler", "community1", "volunteer1", "admin")) {
			assertProblem(api.as(user).get("/api/v1/cases/supervision"), 403, "forbidden");
		}
		assertThat(api.get("/api/v1/cases/supervision").status()).isEqualTo(401);

		JsonNode red = dispatchedCase("E0102", "elsewhere " + InboxFixture.marker());
		clockStarted(red.path("id").asLong(), Duration.ofDays(30), Duration.ofHours(4));
		Api otherCommunity = supervisorOf("410105560002");
		JsonNode board = otherCommunity.get("/api/v1/cases/supervision").json();
		assertThat(ids(board)).doesNotContain(red.path("id").asLong());
		assertThat(board.path("cases")).allSatisfy(c -> assertThat(c.path("gridCode").asString()).startsWith("410105560002"));
		Api.Response card = otherCommunity.post("/api/v1/cases/" + red.path("id").asLong() + "/actions/supervise",
				Map.of("card", "YELLOW"));
		assertProblem(card, 403, "out-of-scope");
	}

	@Test
	void theBoardsCasesSearchSortAndPageLikeEveryListWithinTheCallersScope() {
		String marker = InboxFixture.marker();
		long longest = dispatchedCase("E0102", "longest " + marker).path("id").asLong();
		long shorter = dispatchedCase("E0401", "shorter " + marker).path("id").asLong();
		long yellow = dispatchedCase("E0102", "yellow " + marker).path("id").asLong();
		clockStarted(longest, Duration.ofDays(30), Duration.ofHours(4));
		clockStarted(shorter, Duration.ofDays(2), Duration.ofHours(4));
		clockStarted(yellow, Duration.ofMinutes(100), Duration.ofHours(2));
		Api supervisor = api.as("supervisor");

		JsonNode all = supervisor.get("/api/v1/cases/supervision/cases?text=" + marker).json();
		assertThat(all.path("total").asLong()).isEqualTo(3);
		assertThat(itemIds(all)).as("the most overdue first").containsExactly(longest, shorter, yellow);
		assertThat(all.path("items").get(0).path("overdueMinutes").asLong()).isGreaterThan(Duration.ofDays(29).toMinutes());
		assertThat(all.path("items").get(0).path("cards")).isEmpty();
		assertThat(all.path("items").get(2).path("colour").asString()).isEqualTo("YELLOW");

		assertThat(itemIds(supervisor.get("/api/v1/cases/supervision/cases?colour=YELLOW&text=" + marker).json()))
			.containsExactly(yellow);
		assertThat(itemIds(supervisor.get("/api/v1/cases/supervision/cases?category=E04&text=" + marker).json()))
			.containsExactly(shorter);
		assertThat(itemIds(supervisor.get("/api/v1/cases/supervision/cases?unit=" + InboxFixture.GRID + "&text="
				+ marker).json())).containsExactly(longest, shorter, yellow);
		assertThat(itemIds(supervisor.get("/api/v1/cases/supervision/cases?sort=overdue,asc&text=" + marker).json()))
			.containsExactly(yellow, shorter, longest);
		JsonNode second = supervisor.get("/api/v1/cases/supervision/cases?size=2&page=1&text=" + marker).json();
		assertThat(itemIds(second)).containsExactly(yellow);
		assertThat(second.path("page").asInt()).isEqualTo(1);
		assertThat(second.path("size").asInt()).isEqualTo(2);
		assertThat(second.path("total").asLong()).isEqualTo(3);

		Api.Response unknown = supervisor.get("/api/v1/cases/supervision/cases?sort=reporterContact,asc");
		assertProblem(unknown, 400, "validation");
		assertThat(unknown.json().path("errors").get(0).path("field").asString()).isEqualTo("sort");
		assertThat(unknown.json().path("errors").get(0).path("message").asString())
			.isEqualTo("不能按“reporterContact”排序；可排序的字段：overdue, number, category, grid, unit, deadline");

		for (String user : List.of("gridworker1", "resident1", "handler", "community1", "admin")) {
			assertProblem(api.as(user).get("/api/v1/cases/supervision/cases?text=" + marker), 403, "forbidden");
		}
		assertThat(api.get("/api/v1/cases/supervision/cases").status()).isEqualTo(401);
		JsonNode elsewhere = supervisorOf("410105560002").get("/api/v1/cases/supervision/cases?text=" + marker).json();
		assertThat(elsewhere.path("total").asLong()).isZero();
		assertThat(elsewhere.path("items")).isEmpty();
	}

	private static List<Long> itemIds(JsonNode page) {
		List<Long> ids = new ArrayList<>();
		page.path("items").forEach(c -> ids.add(c.path("id").asLong()));
		return ids;
	}

	/** Reported by the grid worker, verified, filed and dispatched to gridworker1. */
	private JsonNode dispatchedCase(String category, String description) {
		JsonNode reported = fixture.report(api.as("gridworker1"), category, description);
		fixture.dispatchToGridworker1(reported.path("id").asLong());
		return reported;
	}

	/**
	 * Moves the case's handling clock back as if it had been dispatched {@code ago}, with the deadline and the yellow
	 * instant the board filters on (the API has no clock to move).
	 */
	private void clockStarted(long id, Duration ago, Duration limit) {
		Instant started = Instant.now().minus(ago);
		Instant yellowAt = started.plus(limit.multipliedBy(8).dividedBy(10));
		// the colour as the stage's timers would have left it by now
		String colour = started.plus(limit).isBefore(Instant.now()) ? "RED"
				: yellowAt.isBefore(Instant.now()) ? "YELLOW" : "GREEN";
		jdbc.sql("""
				update event_case set stage_started_at = :started, deadline = :deadline, yellow_at = :yellow,
				  colour = :colour where id = :id""")
			.param("colour", colour)
			.param("started", Timestamp.from(started))
			.param("deadline", Timestamp.from(started.plus(limit)))
			.param("yellow", Timestamp.from(started.plus(limit.multipliedBy(8).dividedBy(10))))
			.param("id", id)
			.update();
	}

	private Api supervisorOf(String regionCode) {
		String username = "sup-" + InboxFixture.marker();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("username", username);
		body.put("displayName", "测试督查");
		body.put("password", "test-password-1");
		body.put("role", "SUPERVISOR");
		body.put("regionCode", regionCode);
		Api.Response created = api.as("admin").post("/api/v1/accounts", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return api.withToken(api.tokenFor(username, "test-password-1"));
	}

	private static List<Long> ids(JsonNode board) {
		List<Long> ids = new ArrayList<>();
		board.path("cases").forEach(c -> ids.add(c.path("id").asLong()));
		return ids;
	}

	private static JsonNode entry(JsonNode board, long id) {
		for (JsonNode c : board.path("cases")) {
			if (c.path("id").asLong() == id) {
				return c;
			}
		}
		throw new AssertionError("case " + id + " not on the board");
	}

	private static JsonNode count(JsonNode counts, String code) {
		for (JsonNode c : counts) {
			if (code.equals(c.path("code").asString())) {
				return c;
			}
		}
		throw new AssertionError(code + " not counted in " + counts);
	}
}

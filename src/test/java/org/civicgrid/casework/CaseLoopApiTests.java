package org.civicgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.casework.CaseApiFixture.strings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.civicgrid.testing.ApiTest;
import org.civicgrid.testing.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The closed loop over HTTP, as the people of 如意湖街道 walk it: a resident reports, a grid worker verifies, the
 * dispatcher files and dispatches, the grid worker accepts and handles, the supervisor checks, the resident rates.
 * Each step shows the new status, one more trace entry and what the actor may do next.
 */
class CaseLoopApiTests extends ApiTest {

	/** Wednesday 2 December 2026, 09:00 in Shanghai: a working day, at the start of the office hours. */
	static final String WEDNESDAY_MORNING = "2026-12-02T09:00";

	/** Four working hours from 09:00: 09:00-12:00, then 14:00-15:00 (08:30-12:00 and 14:00-18:00 are worked). */
	static final Instant FOUR_WORKING_HOURS_LATER = Instant.parse("2026-12-02T07:00:00Z");

	@Autowired
	MovableClock clock;

	CaseApiFixture cases;

	@BeforeEach
	void setUp() {
		cases = new CaseApiFixture(api);
	}

	@Test
	void aResidentsReportGoesRoundTheWholeLoop() {
		clock.stopAt(WEDNESDAY_MORNING);
		JsonNode reported = cases.reportAs("resident1", "路口有一堆生活垃圾 " + CaseApiFixture.marker());
		long id = reported.path("id").asLong();
		assertThat(reported.path("number").asString()).matches("SJ\\d{8}-\\d{6}");
		assertThat(reported.path("status").asString()).isEqualTo("REPORTED");
		assertThat(reported.path("gridCode").asString()).isEqualTo(CaseApiFixture.GRID);
		assertThat(reported.path("categoryCode").asString()).isEqualTo("E0102");
		assertThat(reported.path("channel").asString()).isEqualTo("RESIDENT");
		assertThat(reported.path("colour").asString()).isEqualTo("GREEN"); // the 15 minutes to respond run from the report
		assertThat(strings(reported.path("allowedActions"))).isEmpty();
		assertThat(cases.historyLength("resident1", id)).isEqualTo(1);

		JsonNode verified = cases.step("gridworker1", id, "verify", Map.of("note", "现场确认"));
		assertThat(verified.path("status").asString()).isEqualTo("VERIFIED");
		assertThat(strings(verified.path("allowedActions"))).isEmpty();
		assertThat(cases.historyLength("gridworker1", id)).isEqualTo(2);

		JsonNode filed = cases.step("dispatcher", id, "file", Map.of());
		assertThat(filed.path("status").asString()).isEqualTo("FILED");
		assertThat(strings(filed.path("allowedActions"))).containsExactly("dispatch", "defer", "merge");
		assertThat(cases.historyLength("dispatcher", id)).isEqualTo(3);

		JsonNode dispatched = cases.step("dispatcher", id, "dispatch",
				Map.of("assigneeUnit", CaseApiFixture.GRID, "assigneeUser", "gridworker1", "note", "请尽快清理"));
		assertThat(dispatched.path("status").asString()).isEqualTo("DISPATCHED");
		assertThat(dispatched.path("assigneeLevel").asString()).isEqualTo("GRID");
		assertThat(dispatched.path("assigneeUser").asString()).isEqualTo("gridworker1");
		// 暴露垃圾 has 4 working hours from dispatch, none of them used yet
		assertThat(dispatched.path("colour").asString()).isEqualTo("GREEN");
		assertThat(Instant.parse(dispatched.path("deadline").asString())).isEqualTo(FOUR_WORKING_HOURS_LATER);
		// no extension is asked for, so none is offered for approval
		assertThat(strings(dispatched.path("allowedActions"))).containsExactly("reassign", "defer", "escalate",
				"merge");
		assertThat(cases.historyLength("dispatcher", id)).isEqualTo(4);

		JsonNode accepted = cases.step("gridworker1", id, "accept", Map.of());
		assertThat(accepted.path("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(strings(accepted.path("allowedActions"))).containsExactly("return", "handle", "request-extension",
				"escalate");
		assertThat(cases.historyLength("gridworker1", id)).isEqualTo(5);

		JsonNode handled = cases.step("gridworker1", id, "handle", Map.of("note", "垃圾已清除"));
		assertThat(handled.path("status").asString()).isEqualTo("HANDLED");
		assertThat(strings(handled.path("allowedActions"))).isEmpty();
		assertThat(cases.historyLength("gridworker1", id)).isEqualTo(6);

		JsonNode closed = cases.step("supervisor", id, "check-pass", Map.of("note", "地面无残留"));
		assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
		assertThat(strings(closed.path("allowedActions"))).containsExactly("check-fail");
		assertThat(cases.historyLength("supervisor", id)).isEqualTo(7);

		JsonNode before = api.as("resident1").get("/api/v1/cases/" + id).json();
		assertThat(strings(before.path("allowedActions"))).containsExactly("rate");
		JsonNode rated = cases.step("resident1", id, "rate", Map.of("score", 5, "comment", "很及时"));
		assertThat(rated.path("status").asString()).isEqualTo("CLOSED");
		assertThat(rated.path("rating").asInt()).isEqualTo(5);
		assertThat(strings(rated.path("allowedActions"))).isEmpty();

		JsonNode detail = api.as("resident1").get("/api/v1/cases/" + id).json();
		assertThat(detail.path("history").size()).isEqualTo(8);
		assertThat(detail.path("ratingComment").asString()).isEqualTo("很及时");
		List<String> actions = new ArrayList<>();
		detail.path("history").forEach(step -> actions.add(step.path("action").asString("")));
		assertThat(actions).containsExactly("", "verify", "file", "dispatch", "accept", "handle", "check-pass", "rate");
		JsonNode last = detail.path("history").get(7);
		assertThat(last.path("actor").asString()).isEqualTo("resident1");
		assertThat(last.path("from").asString()).isEqualTo("CLOSED");
		assertThat(last.path("to").asString()).isEqualTo("CLOSED");
		// what staff wrote for each other and who they are stay in the office; the handler's reply reaches the reporter
		JsonNode dispatchStep = detail.path("history").get(3);
		assertThat(dispatchStep.has("actor")).as(dispatchStep.toString()).isFalse();
		assertThat(dispatchStep.has("note")).as(dispatchStep.toString()).isFalse();
		assertThat(dispatchStep.path("action").asString()).isEqualTo("dispatch");
		assertThat(detail.has("assigneeUser")).isFalse();
		assertThat(detail.toString()).doesNotContain("请尽快清理", "地面无残留", "dispatcher", "gridworker1", "supervisor");
		JsonNode staffView = api.as("dispatcher").get("/api/v1/cases/" + id).json();
		assertThat(staffView.path("history").get(3).path("note").asString()).isEqualTo("请尽快清理");
		assertThat(staffView.path("history").get(3).path("actor").asString()).isEqualTo("dispatcher");
	}

	@Test
	void aSecondRatingIsAConflictAndWritesNothing() {
		long id = cases.reportAs("resident1", "井盖松动 " + CaseApiFixture.marker()).path("id").asLong();
		cases.step("gridworker1", id, "verify", Map.of());
		cases.step("dispatcher", id, "file", Map.of());
		cases.step("dispatcher", id, "dispatch", Map.of("assigneeUnit", CaseApiFixture.GRID));
		cases.step("gridworker1", id, "accept", Map.of());
		cases.step("gridworker1", id, "handle", Map.of("note", "已处理"));
		cases.step("dispatcher", id, "close", Map.of());
		cases.step("resident1", id, "rate", Map.of("score", 4));
		var again = cases.act("resident1", id, "rate", Map.of("score", 1));
		assertThat(again.status()).isEqualTo(409);
		assertThat(cases.historyLength("resident1", id)).isEqualTo(8);
		assertThat(api.as("resident1").get("/api/v1/cases/" + id).json().path("rating").asInt()).isEqualTo(4);
	}
}

package org.civicgrid.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.civicgrid.casework.internal.CaseTimerFiring.Outcome;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.civicgrid.testing.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The case timers move the colour: yellow at 80 % of a stage's limit, red at 100 % with one supervision notice and,
 * by the category's policy, escalation; a timer of a stage that has ended does nothing. The timers are fired here
 * at their own instants (the scheduler itself is tested in {@link CaseTimerClusterTests}).
 */
class CaseTimerTests extends ApiTest {

	static final String GRID = "410105560001001";

	@Autowired
	CaseTimerFiring firing;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	double lat;
	double lng;

	@BeforeEach
	void findTheGrid() {
		JsonNode centroid = api.as("gridworker1").get("/api/v1/regions/" + GRID).json().path("centroid");
		lat = centroid.path("lat").asDouble();
		lng = centroid.path("lng").asDouble();
	}

	@Test
	void aReportIsAcknowledgedWithItsYellowTimerAtEightyPercentOfTheRespondLimit() {
		Instant reportedAt = clock.stopAt("2026-12-02T09:00");
		JsonNode reported = report();
		long id = reported.path("id").asLong();
		assertThat(reported.path("colour").asString()).isEqualTo("GREEN");
		assertThat(Instant.parse(reported.path("createdAt").asString())).isEqualTo(reportedAt);
		List<Timer> timers = timersOf(id);
		assertThat(timers).extracting(Timer::instance).containsExactly(id + ":respond:YELLOW");
		// 80 % of the 15 minutes to respond
		assertThat(timers.get(0).at()).isEqualTo(reportedAt.plus(Duration.ofMinutes(12)));
	}

	@Test
	void anUnansweredReportTurnsYellowThenRedWithOneSupervisionNotice() {
		long id = report().path("id").asLong();
		Timer yellow = timersOf(id).get(0);
		assertThat(fire(yellow)).isEqualTo(Outcome.CHANGED);
		assertThat(caseAs("dispatcher", id).path("colour").asString()).isEqualTo("YELLOW");
		Timer red = timersOf(id).get(0);
		assertThat(red.instance()).isEqualTo(id + ":respond:RED");
		assertThat(Duration.between(yellow.at(), red.at()).toMinutes()).isBetween(2L, 4L);

		assertThat(fire(red)).isEqualTo(Outcome.CHANGED);
		JsonNode detail = api.as("dispatcher").get("/api/v1/cases/" + id).json();
		assertThat(detail.path("colour").asString()).isEqualTo("RED");
		assertThat(detail.path("status").asString()).isEqualTo("REPORTED");
		JsonNode notice = detail.path("history").get(1);
		assertThat(notice.path("action").asString()).isEqualTo("supervise");
		assertThat(notice.path("actor").asString()).isEqualTo("system");
		assertThat(notice.path("note").asString()).startsWith("超时督办");
		assertThat(timersOf(id)).isEmpty();

		// fired again (a node died after the work, before the row was removed): nothing more happens
		assertThat(fire(red)).isEqualTo(Outcome.ALREADY_DONE);
		assertThat(api.as("dispatcher").get("/api/v1/cases/" + id).json().path("history").size()).isEqualTo(2);
	}

	@Test
	void aTimerOfAStageThatEndedDoesNothing() {
		long id = report().path("id").asLong();
		Timer yellow = timersOf(id).get(0);
		JsonNode verified = step("gridworker1", id, "verify", Map.of());
		assertThat(verified.has("colour")).isFalse(); // no clock runs between verifying and dispatching

		assertThat(fire(yellow)).isEqualTo(Outcome.STALE);
		JsonNode detail = api.as("dispatcher").get("/api/v1/cases/" + id).json();
		assertThat(detail.has("colour")).isFalse();
		assertThat(detail.path("history").size()).isEqualTo(2);
	}

	@Test
	void anOverdueCaseIsNoticedAndRisesToTheCommunity() {
		long id = dispatched();
		List<Timer> timers = handlingTimersOf(id);
		assertThat(timers).hasSize(1);
		Timer yellow = timers.get(0);
		assertThat(yellow.instance()).startsWith(id + ":handle-").endsWith(":YELLOW");

		assertThat(fire(yellow)).isEqualTo(Outcome.CHANGED);
		assertThat(caseAs("dispatcher", id).path("colour").asString()).isEqualTo("YELLOW");
		Timer red = handlingTimersOf(id).get(0);
		assertThat(red.instance()).endsWith(":RED");
		assertThat(red.at()).isEqualTo(Instant.parse(caseAs("dispatcher", id).path("deadline").asString()));

		assertThat(fire(red)).isEqualTo(Outcome.CHANGED);
		JsonNode detail = api.as("dispatcher").get("/api/v1/cases/" + id).json();
		assertThat(detail.path("colour").asString()).isEqualTo("RED");
		assertThat(detail.path("assigneeLevel").asString()).isEqualTo("COMMUNITY");
		assertThat(detail.path("assigneeUnit").asString()).isEqualTo("410105560001");
		JsonNode history = detail.path("history");
		JsonNode notice = history.get(history.size() - 2);
		JsonNode escalated = history.get(history.size() - 1);
		assertThat(notice.path("action").asString()).isEqualTo("supervise");
		assertThat(notice.path("note").asString()).startsWith("超时督办：处置期限已过");
		assertThat(escalated.path("action").asString()).isEqualTo("escalate");
		assertThat(escalated.path("actor").asString()).isEqualTo("system");
		assertThat(countOf("select count(*) from event_case_history where case_id = :id and action = 'supervise'", id))
			.isEqualTo(1);
		// the list filters by the same rule
		var listed = api.as("supervisor").get("/api/v1/cases?colour=RED&size=500");
		assertThat(ids(listed.json())).as(listed.body()).contains(String.valueOf(id));
	}

	/**
	 * At a set time the timers have one right instant: dispatched on Wednesday 2 December 2026 at 09:00 in Shanghai,
	 * 暴露垃圾's 4 working hours run 09:00-12:00 and 14:00-15:00; four fifths of them are used at 14:12.
	 */
	@Test
	void aDispatchedCaseTurnsYellowAtFourFifthsOfItsWorkingHoursAndRedAtItsDeadline() {
		clock.stopAt("2026-12-02T09:00");
		long id = dispatched();
		Timer yellow = handlingTimersOf(id).get(0);
		assertThat(yellow.at()).isEqualTo(Instant.parse("2026-12-02T06:12:00Z"));
		assertThat(caseAs("dispatcher", id).path("colour").asString()).isEqualTo("GREEN");

		clock.stopAt(yellow.at());
		assertThat(fire(yellow)).isEqualTo(Outcome.CHANGED);
		assertThat(caseAs("dispatcher", id).path("colour").asString()).isEqualTo("YELLOW");
		Timer red = handlingTimersOf(id).get(0);
		// the lunch break is no working time: the deadline is 15:00, not 13:00
		assertThat(red.at()).isEqualTo(Instant.parse("2026-12-02T07:00:00Z"));
		assertThat(Instant.parse(caseAs("dispatcher", id).path("deadline").asString())).isEqualTo(red.at());

		clock.stopAt(red.at());
		assertThat(fire(red)).isEqualTo(Outcome.CHANGED);
		assertThat(caseAs("dispatcher", id).path("colour").asString()).isEqualTo("RED");
	}

	@Test
	void reportingBackEndsTheHandlingStageAndItsTimers() {
		long id = dispatched();
		Timer yellow = handlingTimersOf(id).get(0);
		step("gridworker1", id, "accept", Map.of());
		step("gridworker1", id, "handle", Map.of("note", "已清理"));
		assertThat(fire(yellow)).isEqualTo(Outcome.STALE);
		JsonNode handled = caseAs("dispatcher", id);
		assertThat(handled.path("status").asString()).isEqualTo("HANDLED");
		assertThat(handled.path("colour").asString()).isEqualTo("GREEN"); // as it was when the handler reported back
		assertThat(handlingTimersOf(id)).isEmpty(); // and no new one: no clock runs
	}

	@Test
	void aGrantedExtensionStartsANewStageWhoseTimersReplaceTheOldOnes() {
		long id = dispatched();
		Timer before = handlingTimersOf(id).get(0);
		step("gridworker1", id, "accept", Map.of());
		step("gridworker1", id, "request-extension", Map.of("extension", "2wd", "reason", "需要协调物业"));
		step("dispatcher", id, "approve-extension", Map.of());
		List<Timer> after = handlingTimersOf(id);
		assertThat(after).hasSize(2); // the old stage's timer stays until it fires, and then does nothing
		Timer newer = after.stream().filter(t -> !t.instance().equals(before.instance())).findFirst().orElseThrow();
		assertThat(newer.at()).isAfter(before.at());
		assertThat(fire(before)).isEqualTo(Outcome.STALE);
		assertThat(caseAs("dispatcher", id).path("colour").asString()).isEqualTo("GREEN");
	}

	record Timer(String instance, Instant at) {
	}

	List<Timer> timersOf(long id) {
		return jdbc.sql("select task_instance, execution_time from scheduled_tasks where task_name = 'case-colour' "
				+ "and task_instance like :prefix order by execution_time")
			.param("prefix", id + ":%")
			.query((rs, i) -> new Timer(rs.getString(1), rs.getTimestamp(2).toInstant()))
			.list();
	}

	/**
	 * Fires the timer at its instant, with the clock stopped there (the colour is worked out at the instant it is
	 * read), and removes its row, as the scheduler does once the firing succeeded.
	 */
	Outcome fire(Timer timer) {
		clock.stopAt(timer.at());
		Outcome outcome = firing.fire(timer.instance(), timer.at());
		jdbc.sql("delete from scheduled_tasks where task_name = 'case-colour' and task_instance = :i")
			.param("i", timer.instance())
			.update();
		return outcome;
	}

	List<Timer> handlingTimersOf(long id) {
		return timersOf(id).stream().filter(t -> t.instance().startsWith(id + ":handle-")).toList();
	}

	long countOf(String sql, long id) {
		return jdbc.sql(sql).param("id", id).query(Long.class).single();
	}

	JsonNode report() {
		Map<String, Object> body = Map.of("categoryCode", "E0102", "description", "路口垃圾 " + UUID.randomUUID(),
				"location", Map.of("lat", lat, "lng", lng), "address", "如意湖路口");
		Api.Response r = api.as("resident1").post("/api/v1/cases", body);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json();
	}

	long dispatched() {
		long id = report().path("id").asLong();
		step("gridworker1", id, "verify", Map.of());
		step("dispatcher", id, "file", Map.of());
		JsonNode dispatched = step("dispatcher", id, "dispatch",
				Map.of("assigneeUnit", GRID, "assigneeUser", "gridworker1"));
		assertThat(dispatched.path("colour").asString()).isEqualTo("GREEN");
		return id;
	}

	JsonNode step(String username, long id, String action, Object body) {
		Api.Response r = api.as(username).post("/api/v1/cases/" + id + "/actions/" + action, body);
		assertThat(r.status()).as(action + " by " + username + ": " + r.body()).isEqualTo(200);
		return r.json();
	}

	JsonNode caseAs(String username, long id) {
		return api.as(username).get("/api/v1/cases/" + id).json();
	}

	static List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.path("items").forEach(i -> ids.add(i.path("id").asString()));
		return ids;
	}

}

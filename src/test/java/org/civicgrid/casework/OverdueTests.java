package org.civicgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.civicgrid.casework.internal.BoardService;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.Role;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.civicgrid.testing.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * One definition of overdue (超期): the case's badge, the list's colour filter, the dispatcher's board and the
 * supervision board say the same of the same case at the same instant, through every stage: a fresh report not
 * answered in time, a verified case with no clock, a dispatched case past its deadline, one reported back late.
 * No timer fires here: the colour is what the clock says, not what a timer last wrote.
 */
class OverdueTests extends ApiTest {

	/** The street's dispatcher, as the board page passes them. */
	static final Caller DISPATCHER = new Caller(0, "dispatcher", "街道调度员", Role.STREET_STAFF, "410105560");

	@Autowired
	MovableClock clock;

	@Autowired
	BoardService boards;

	CaseApiFixture cases;

	@BeforeEach
	void fixture() {
		cases = new CaseApiFixture(api);
	}

	@Test
	void aReportNotAnsweredInTimeIsOverdueEverywhereWithItsAnswerDeadline() {
		Instant reportedAt = clock.stopAt("2026-12-02T09:00");
		long id = report();
		Seen fresh = seen(id);
		assertThat(fresh.badge()).isEqualTo("GREEN");
		assertThat(fresh.deadline()).isEqualTo(reportedAt.plus(Duration.ofMinutes(15)));
		assertThat(fresh.agreeOn("GREEN")).isTrue();

		clock.stopAt(reportedAt.plus(Duration.ofMinutes(12)));
		assertThat(seen(id).agreeOn("YELLOW")).as(seen(id).toString()).isTrue();

		clock.stopAt(reportedAt.plus(Duration.ofMinutes(16)));
		Seen late = seen(id);
		assertThat(late.badge()).isEqualTo("RED");
		assertThat(late.deadline()).isEqualTo(reportedAt.plus(Duration.ofMinutes(15))); // a red badge has a deadline
		assertThat(late.agreeOn("RED")).as(late.toString()).isTrue();
		assertThat(late.supervisionMinutesOver()).isEqualTo(1);
	}

	@Test
	void aVerifiedCaseHasNoColourAndIsCountedNowhere() {
		Instant reportedAt = clock.stopAt("2026-12-02T09:00");
		long id = report();
		step("gridworker1", id, "verify", Map.of());
		clock.stopAt(reportedAt.plus(Duration.ofHours(3)));

		Seen verified = seen(id);
		assertThat(verified.badge()).isNull();
		assertThat(verified.deadline()).isNull();
		assertThat(verified.agreeOn(null)).as(verified.toString()).isTrue();
	}

	/** 暴露垃圾's 4 working hours from Wednesday 09:00 in Shanghai end at 15:00 (the lunch break is no working time). */
	@Test
	void aDispatchedCaseIsOverdueFromItsDeadlineAndStaysSoWhenReportedBackLate() {
		clock.stopAt("2026-12-02T09:00");
		long id = report();
		step("gridworker1", id, "verify", Map.of());
		step("dispatcher", id, "file", Map.of());
		step("dispatcher", id, "dispatch", Map.of("assigneeUnit", CaseApiFixture.GRID, "assigneeUser", "gridworker1"));
		Instant deadline = Instant.parse("2026-12-02T07:00:00Z");
		assertThat(seen(id).deadline()).isEqualTo(deadline);
		assertThat(seen(id).agreeOn("GREEN")).isTrue();

		clock.stopAt(deadline.minusSeconds(1));
		assertThat(seen(id).agreeOn("YELLOW")).as(seen(id).toString()).isTrue();
		clock.stopAt(deadline);
		assertThat(seen(id).agreeOn("RED")).as(seen(id).toString()).isTrue();

		clock.stopAt(deadline.plus(Duration.ofMinutes(30)));
		step("gridworker1", id, "accept", Map.of());
		step("gridworker1", id, "handle", Map.of("note", "已清理"));
		clock.stopAt(deadline.plus(Duration.ofDays(1))); // a day on: the morning's tokens are forgotten
		Seen handled = seen(id);
		assertThat(handled.agreeOn("RED")).as(handled.toString()).isTrue();
		assertThat(handled.supervisionMinutesOver()).isEqualTo(30); // measured at the report back, not now

		step("supervisor", id, "check-pass", Map.of());
		Seen closed = seen(id);
		assertThat(closed.badge()).isNull(); // closed: lateness is the indicators' business, no badge
		assertThat(closed.agreeOn(null)).as(closed.toString()).isTrue();
	}

	/**
	 * What each place says of one case: its badge and deadline, whether each colour filter lists it, and the
	 * counts it adds to the boards (the counts before it existed are subtracted by comparing with the lists).
	 */
	record Seen(String badge, Instant deadline, Map<String, Boolean> listedAs, Map<String, Long> boardCounts,
			Map<String, Long> listTotals, String supervisionColour, long supervisionMinutesOver,
			Map<String, Long> supervisionCounts) {

		/** Every place says {@code colour} (null: none), and every board's counter matches its filter's total. */
		boolean agreeOn(String colour) {
			boolean badgeAgrees = colour == null ? badge == null : colour.equals(badge);
			boolean listsAgree = listedAs.entrySet().stream().allMatch(e -> e.getValue() == e.getKey().equals(colour));
			boolean boardAgrees = boardCounts.equals(listTotals);
			boolean supervisionAgrees = ("RED".equals(colour) || "YELLOW".equals(colour))
					? colour.equals(supervisionColour) : supervisionColour == null;
			boolean supervisionCountsAgree = supervisionCounts.get("RED").equals(listTotals.get("RED"))
					&& supervisionCounts.get("YELLOW").equals(listTotals.get("YELLOW"));
			return badgeAgrees && listsAgree && boardAgrees && supervisionAgrees && supervisionCountsAgree;
		}
	}

	Seen seen(long id) {
		JsonNode view = ok(api.as("dispatcher").get("/api/v1/cases/" + id));
		String badge = view.hasNonNull("colour") ? view.path("colour").asString() : null;
		Instant deadline = view.hasNonNull("deadline") ? Instant.parse(view.path("deadline").asString()) : null;
		Map<String, Boolean> listedAs = new HashMap<>();
		Map<String, Long> listTotals = new HashMap<>();
		for (String colour : new String[] { "GREEN", "YELLOW", "RED" }) {
			JsonNode page = ok(api.as("dispatcher").get("/api/v1/cases?colour=" + colour + "&size=500"));
			listedAs.put(colour, CaseApiFixture.ids(page).contains(id));
			listTotals.put(colour, page.path("total").asLong());
		}
		Map<Colour, Long> board = boards.board(DISPATCHER, 1).byColour();
		Map<String, Long> boardCounts = Map.of("GREEN", board.get(Colour.GREEN), "YELLOW", board.get(Colour.YELLOW),
				"RED", board.get(Colour.RED));
		JsonNode supervision = ok(api.as("dispatcher").get("/api/v1/cases/supervision"));
		String supervisionColour = null;
		long minutesOver = 0;
		for (JsonNode entry : supervision.path("cases")) {
			if (entry.path("id").asLong() == id) {
				supervisionColour = entry.path("colour").asString();
				minutesOver = entry.path("overdueMinutes").asLong();
			}
		}
		JsonNode byColour = supervision.path("byColour");
		return new Seen(badge, deadline, listedAs, boardCounts, listTotals, supervisionColour, minutesOver,
				Map.of("RED", byColour.path("RED").asLong(), "YELLOW", byColour.path("YELLOW").asLong()));
	}

	static JsonNode ok(Api.Response r) {
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json();
	}

	long report() {
		return cases.reportAs("resident1", "路口垃圾 " + CaseApiFixture.marker()).path("id").asLong();
	}

	void step(String username, long id, String action, Object body) {
		cases.step(username, id, action, body);
	}
}

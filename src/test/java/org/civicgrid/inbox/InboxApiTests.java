package org.civicgrid.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.inbox.InboxFixture.awaitKeys;
import static org.civicgrid.inbox.InboxFixture.awaitMessages;
import static org.civicgrid.inbox.InboxFixture.keysOf;
import static org.civicgrid.inbox.InboxFixture.textsOf;
import static org.civicgrid.shared.ProblemAssertions.assertProblem;

import java.util.List;
import java.util.Map;

import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The inbox over HTTP: each step of a case reaches its reporter and whoever answers for it, worded in the reader's
 * language; unread counts follow reading; nobody reads or marks another person's messages.
 */
class InboxApiTests extends ApiTest {

	InboxFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new InboxFixture(api);
	}

	@Test
	void someoneJustPostedToTheDeskHearsOfTheVeryNextReport() {
		Api resident = fixture.aNewResident();
		String first = fixture.report(resident, "井盖松动 " + InboxFixture.marker()).path("number").asString();
		awaitKeys(api.as("dispatcher"), first, "inbox.case.reported-desk"); // the desk's people are now known
		String username = "desk-" + InboxFixture.marker();
		Api.Response created = api.as("admin").post("/api/v1/accounts", Map.of("username", username, "displayName",
				"新调度员", "password", "test-password-1", "role", "STREET_STAFF", "regionCode", "410105560"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		Api newcomer = api.withToken(api.tokenFor(username, "test-password-1"));

		String second = fixture.report(resident, "井盖又松了 " + InboxFixture.marker()).path("number").asString();

		assertThat(keysOf(awaitKeys(newcomer, second, "inbox.case.reported-desk"))).containsOnly(
				"inbox.case.reported-desk");
		assertThat(InboxFixture.about(newcomer, first)).isEmpty(); // posted after the first report
	}

	@Test
	void aResidentsReportReachesTheResidentTheDeskAndTheAssigneeStepByStep() {
		Api resident = fixture.aNewResident();
		JsonNode reported = fixture.report(resident, "路口有一堆生活垃圾 " + InboxFixture.marker());
		long id = reported.path("id").asLong();
		String number = reported.path("number").asString();
		fixture.dispatchToGridworker1(id);

		List<JsonNode> residents = awaitMessages(resident, number, ms -> ms.size() >= 4);
		assertThat(keysOf(residents)).containsExactly("inbox.case.reported", "inbox.case.changed",
				"inbox.case.changed", "inbox.case.changed");
		assertThat(textsOf(residents)).containsExactly(
				"您上报的问题已登记，案件编号 " + number + "，将尽快核实处理。",
				"案件 " + number + "：核实，当前状态“已核实”。",
				"案件 " + number + "：立案，当前状态“已立案”。",
				"案件 " + number + "：派遣，当前状态“已派遣”。");
		assertThat(residents).allSatisfy(m -> {
			assertThat(m.path("caseId").asLong()).isEqualTo(id);
			assertThat(m.path("read").asBoolean()).isFalse();
			assertThat(m.path("args").get(0).asString()).isEqualTo(number);
		});
		assertThat(residents.get(3).path("args").get(2).asString()).isEqualTo("#casework.status.DISPATCHED");

		List<JsonNode> assignee = awaitKeys(api.as("gridworker1"), number, "inbox.case.dispatched");
		assertThat(textsOf(assignee)).contains("案件 " + number + " 已派遣给您（网格 gridworker1），请及时签收办理。");
		assertThat(keysOf(assignee)).doesNotContain("inbox.case.reported"); // gridworker1 did not report it

		List<JsonNode> desk = awaitKeys(api.as("dispatcher"), number, "inbox.case.reported-desk",
				"inbox.case.changed");
		assertThat(textsOf(desk)).contains("网格 " + InboxFixture.GRID + " 有新上报的问题 " + number + "，待核实立案。",
				"案件 " + number + "：核实，当前状态“已核实”。");

		fixture.step("gridworker1", id, "accept", Map.of());
		fixture.step("gridworker1", id, "handle", Map.of("note", "垃圾已清除"));
		fixture.step("supervisor", id, "check-pass", Map.of("note", "地面无残留"));

		List<JsonNode> closed = awaitMessages(resident, number, ms -> ms.size() >= 7);
		assertThat(textsOf(closed).subList(4, 7)).containsExactly(
				"案件 " + number + "：签收，当前状态“处置中”。",
				"案件 " + number + "：处置反馈，当前状态“已反馈”。",
				"案件 " + number + "：核查通过，当前状态“已结案”。");
		Api.Response rated = resident.post("/api/v1/cases/" + id + "/actions/rate", Map.of("score", 5));
		assertThat(rated.status()).as(rated.body()).isEqualTo(200);
		List<JsonNode> handler = awaitKeys(api.as("gridworker1"), number, "inbox.case.changed",
				"inbox.case.rated");
		assertThat(textsOf(handler)).contains("案件 " + number + "：核查通过，当前状态“已结案”。",
				"案件 " + number + " 收到上报人评价：5 分。");
		assertThat(keysOf(InboxFixture.about(resident, number))).doesNotContain("inbox.case.rated");
	}

	@Test
	void aCaseDispatchedToAUnitReachesEveryoneAnsweringThereAndNobodyElse() {
		Api resident = fixture.aNewResident();
		JsonNode reported = fixture.report(resident, "unit dispatch " + InboxFixture.marker());
		long id = reported.path("id").asLong();
		String number = reported.path("number").asString();
		fixture.step("gridworker1", id, "verify", Map.of());
		fixture.step("dispatcher", id, "file", Map.of());
		fixture.step("dispatcher", id, "dispatch", Map.of("assigneeLevel", "GRID", "assigneeUnit", InboxFixture.GRID));

		List<JsonNode> worker = awaitKeys(api.as("gridworker1"), number, "inbox.case.dispatched");
		assertThat(textsOf(worker)).contains("案件 " + number + " 已派遣给您（网格 " + InboxFixture.GRID
				+ "），请及时签收办理。");
		// the grid worker accepts; the reporter and the unit hear it, a grid worker of another grid never does
		fixture.step("gridworker1", id, "accept", Map.of());
		awaitMessages(resident, number, ms -> ms.size() >= 5);
		assertThat(textsOf(awaitKeys(api.as("gridworker1"), number, "inbox.case.changed")))
			.contains("案件 " + number + "：签收，当前状态“处置中”。");
		assertThat(InboxFixture.about(api.as("gridworker2"), number)).isEmpty();
		assertThat(InboxFixture.about(api.as("community1"), number)).isEmpty();
	}

	@Test
	void messagesReadInTheReadersLanguage() {
		Api resident = fixture.aNewResident();
		JsonNode reported = fixture.report(resident, "english reader " + InboxFixture.marker());
		String number = reported.path("number").asString();
		awaitKeys(resident, number, "inbox.case.reported");

		List<JsonNode> english = InboxFixture.about(resident.inEnglish(), number);
		assertThat(textsOf(english)).containsExactly("Your report was recorded as case " + number
				+ "; it will be checked soon.");
	}

	@Test
	void theUnreadCountFollowsReading() {
		Api resident = fixture.aNewResident();
		String first = fixture.report(resident, "first " + InboxFixture.marker()).path("number").asString();
		long firstMessage = awaitKeys(resident, first, "inbox.case.reported").get(0).path("id").asLong();
		assertThat(resident.get("/api/v1/inbox/unread-count").json().path("unread").asLong()).isEqualTo(1);
		assertThat(resident.get("/api/v1/inbox?unread=true").json().path("total").asLong()).isEqualTo(1);

		Api.Response read = resident.post("/api/v1/inbox/" + firstMessage + "/read", Map.of());
		assertThat(read.status()).as(read.body()).isEqualTo(200);
		assertThat(read.json().path("read").asBoolean()).isTrue();
		assertThat(read.json().path("readAt").asString()).isNotBlank();
		assertThat(resident.get("/api/v1/inbox/unread-count").json().path("unread").asLong()).isZero();
		assertThat(resident.get("/api/v1/inbox?unread=true").json().path("items").size()).isZero();
		assertThat(resident.get("/api/v1/inbox").json().path("total").asLong()).isEqualTo(1);
		// reading again changes nothing, not even when it was read
		String readAt = read.json().path("readAt").asString();
		Api.Response again = resident.post("/api/v1/inbox/" + firstMessage + "/read", Map.of());
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().path("readAt").asString()).isEqualTo(readAt);

		String second = fixture.report(resident, "second " + InboxFixture.marker()).path("number").asString();
		String third = fixture.report(resident, "third " + InboxFixture.marker()).path("number").asString();
		awaitKeys(resident, second, "inbox.case.reported");
		awaitKeys(resident, third, "inbox.case.reported");
		assertThat(resident.get("/api/v1/inbox/unread-count").json().path("unread").asLong()).isEqualTo(2);

		Api.Response all = resident.post("/api/v1/inbox/read-all", Map.of());
		assertThat(all.status()).as(all.body()).isEqualTo(200);
		assertThat(all.json().path("marked").asLong()).isEqualTo(2);
		assertThat(all.json().path("unread").asLong()).isZero();
		assertThat(resident.get("/api/v1/inbox").json().path("items"))
			.allSatisfy(m -> assertThat(m.path("read").asBoolean()).isTrue());
	}

	@Test
	void nobodyReadsOrMarksAnotherPersonsMessages() {
		Api owner = fixture.aNewResident();
		Api other = fixture.aNewResident();
		String number = fixture.report(owner, "private " + InboxFixture.marker()).path("number").asString();
		long message = awaitKeys(owner, number, "inbox.case.reported").get(0).path("id").asLong();

		assertProblem(other.post("/api/v1/inbox/" + message + "/read", Map.of()), 404, "not-found");
		assertProblem(api.as("dispatcher").post("/api/v1/inbox/" + message + "/read", Map.of()), 404, "not-found");
		assertProblem(api.as("admin").post("/api/v1/inbox/" + message + "/read", Map.of()), 404, "not-found");
		assertThat(InboxFixture.about(other, number)).isEmpty();
		assertThat(other.post("/api/v1/inbox/read-all", Map.of()).json().path("marked").asLong()).isZero();
		// the owner's message is untouched by all of that
		assertThat(owner.get("/api/v1/inbox/unread-count").json().path("unread").asLong()).isEqualTo(1);

		assertProblem(owner.post("/api/v1/inbox/999999999/read", Map.of()), 404, "not-found");
		assertThat(api.get("/api/v1/inbox").status()).isEqualTo(401);
		assertThat(api.get("/api/v1/inbox/unread-count").status()).isEqualTo(401);
		assertThat(api.post("/api/v1/inbox/read-all", Map.of()).status()).isEqualTo(401);
	}

	@Test
	void badPagingIsRefusedNamingTheParameter() {
		Api resident = fixture.aNewResident();
		Api.Response size = resident.get("/api/v1/inbox?size=0");
		assertThat(size.status()).as(size.body()).isEqualTo(400);
		assertThat(size.errorFields()).containsExactly("size");
		Api.Response unread = resident.get("/api/v1/inbox?unread=maybe");
		assertThat(unread.status()).as(unread.body()).isEqualTo(400);
		Api.Response id = resident.post("/api/v1/inbox/abc/read", Map.of());
		assertThat(id.status()).as(id.body()).isEqualTo(400);
	}
}

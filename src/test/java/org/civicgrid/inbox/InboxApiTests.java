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
 * The inbox over HTTP: each step of a case reaches the roles the rule in docs/inbox.md names and never the one who
 * took it, worded in the reader's language; unread counts follow reading; nobody reads or marks another person's
 * messages.
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

	/**
	 * The rule of docs/inbox.md ("Who hears what") on one case round the whole loop: each account hears exactly
	 * its role's steps, the resident only the two public ones, and nobody a step they took themselves.
	 */
	@Test
	void oneCaseRoundTheLoopTellsEachRoleItsStepsAndNobodyTheirOwn() {
		Api resident1 = api.as("resident1");
		JsonNode reported = fixture.report(resident1, "路口有一堆生活垃圾 " + InboxFixture.marker());
		long id = reported.path("id").asLong();
		String n = reported.path("number").asString();
		fixture.step("gridworker1", id, "verify", Map.of("note", "现场确认"));
		fixture.step("dispatcher", id, "file", Map.of());
		fixture.step("dispatcher", id, "dispatch", Map.of("assigneeUnit", InboxFixture.GRID, "assigneeUser",
				"gridworker1", "note", "请今天处理"));
		fixture.step("gridworker1", id, "accept", Map.of());
		fixture.step("gridworker1", id, "handle", Map.of("note", "垃圾已清除"));
		fixture.step("supervisor", id, "check-pass", Map.of("note", "地面无残留"));
		fixture.step("resident1", id, "rate", Map.of("score", 5));

		assertThat(textsOf(awaitMessages(resident1, n, ms -> ms.size() >= 2))).containsExactly(
				"您反映的问题（案件 " + n + "）已受理，我们会尽快安排处理。",
				"您反映的问题（案件 " + n + "）已办结，请查看办理结果并评价。");
		assertThat(textsOf(InboxFixture.about(api.as("dispatcher"), n))).containsExactly(
				"网格 " + InboxFixture.GRID + " 有新上报的问题 " + n + "，待核实立案。",
				"案件 " + n + "：核实，当前状态“已核实”。");
		assertThat(textsOf(InboxFixture.about(api.as("gridworker1"), n))).containsExactly(
				"案件 " + n + " 已派遣给您（网格 gridworker1），请及时签收办理。",
				"案件 " + n + "：核查通过，当前状态“已结案”。",
				"案件 " + n + " 收到上报人评价：5 分。");
		assertThat(textsOf(InboxFixture.about(api.as("supervisor"), n))).containsExactly(
				"案件 " + n + " 已处置反馈（网格 " + InboxFixture.GRID + "），待核查。");
		for (String bystander : List.of("leader", "community1", "gridworker2", "handler", "volunteer1", "admin")) {
			assertThat(InboxFixture.about(api.as(bystander), n)).as(bystander).isEmpty();
		}
		assertThat(keysOf(InboxFixture.about(resident1, n))).containsExactly("inbox.case.step.ACCEPTED",
				"inbox.case.step.COMPLETED");
		assertThat(InboxFixture.about(resident1, n)).allSatisfy(m -> {
			assertThat(m.path("caseId").asLong()).isEqualTo(id);
			assertThat(m.path("args").get(0).asString()).isEqualTo(n);
		});
	}

	@Test
	void aReturnedCaseIsNotAcceptedTwiceAndADismissalIsTheOnlyWordOnACaseNotTakenUp() {
		Api resident = fixture.aNewResident();
		JsonNode returned = fixture.report(resident, "退回后重派 " + InboxFixture.marker());
		long id = returned.path("id").asLong();
		fixture.dispatchToGridworker1(id);
		fixture.step("gridworker1", id, "return", Map.of("reason", "不属于本网格"));
		fixture.step("dispatcher", id, "dispatch", Map.of("assigneeUnit", InboxFixture.GRID, "assigneeUser",
				"gridworker1"));
		assertThat(keysOf(InboxFixture.about(resident, returned.path("number").asString())))
			.containsExactly("inbox.case.step.ACCEPTED");
		// the desk took the case back, the grid worker who handed it back did not hear of it
		assertThat(textsOf(InboxFixture.about(api.as("dispatcher"), returned.path("number").asString())))
			.contains("案件 " + returned.path("number").asString() + "：退回，当前状态“已立案”。");
		assertThat(keysOf(InboxFixture.about(api.as("gridworker1"), returned.path("number").asString())))
			.containsExactly("inbox.case.dispatched", "inbox.case.dispatched");

		JsonNode dismissed = fixture.report(resident, "不予受理 " + InboxFixture.marker());
		fixture.step("dispatcher", dismissed.path("id").asLong(), "dismiss",
				Map.of("reason", "属于物业管理范围", "note", "内部：已电话告知物业"));
		String number = dismissed.path("number").asString();
		assertThat(textsOf(InboxFixture.about(resident, number)))
			.containsExactly("您反映的问题（案件 " + number + "）不予受理，原因请在案件中查看。");
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
		// the grid worker accepts: their own step tells them nothing, and a grid worker of another grid never hears
		fixture.step("gridworker1", id, "accept", Map.of());
		assertThat(keysOf(InboxFixture.about(api.as("gridworker1"), number))).containsExactly("inbox.case.dispatched");
		assertThat(InboxFixture.about(api.as("gridworker2"), number)).isEmpty();
		assertThat(InboxFixture.about(api.as("community1"), number)).isEmpty();
	}

	@Test
	void messagesReadInTheReadersLanguage() {
		Api resident = fixture.aNewResident();
		JsonNode reported = fixture.report(resident, "english reader " + InboxFixture.marker());
		String number = reported.path("number").asString();
		fixture.accept(reported.path("id").asLong());
		awaitKeys(resident, number, "inbox.case.step.ACCEPTED");

		List<JsonNode> english = InboxFixture.about(resident.inEnglish(), number);
		assertThat(textsOf(english)).containsExactly("Your report " + number
				+ " was accepted; someone will deal with it soon.");
	}

	@Test
	void theUnreadCountFollowsReading() {
		Api resident = fixture.aNewResident();
		String first = acceptedReport(resident, "first");
		long firstMessage = awaitKeys(resident, first, "inbox.case.step.ACCEPTED").get(0).path("id").asLong();
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

		String second = acceptedReport(resident, "second");
		String third = acceptedReport(resident, "third");
		awaitKeys(resident, second, "inbox.case.step.ACCEPTED");
		awaitKeys(resident, third, "inbox.case.step.ACCEPTED");
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
		String number = acceptedReport(owner, "private");
		long message = awaitKeys(owner, number, "inbox.case.step.ACCEPTED").get(0).path("id").asLong();

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

	/** A report of the resident's, accepted (受理): one message for them. Answers its number. */
	private String acceptedReport(Api resident, String what) {
		JsonNode reported = fixture.report(resident, what + " " + InboxFixture.marker());
		fixture.accept(reported.path("id").asLong());
		return reported.path("number").asString();
	}
}

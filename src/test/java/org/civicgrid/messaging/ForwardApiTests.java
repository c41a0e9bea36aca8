package org.civicgrid.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.messaging.MessagingApiTests.assertRefused;
import static org.civicgrid.messaging.MessagingApiTests.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 逐级转发 over HTTP: a resident's question in a courtyard channel goes up to the community and the street, a copy
 * and a step at each hop; the street files it as a case with the resident as its reporter; every public step of the
 * case and the resident's rating come back into the thread, and the figures measure post to case and to closure.
 * Every refusal is named: residents and staff out of the chain, staff's own posts, replies, the top, a second case.
 */
class ForwardApiTests extends ApiTest {

	@Test
	void aResidentsPostGoesUpLevelByLevelBecomesACaseAndItsStepsComeBack() {
		long courtyard = MessagingApiTests.courtyardOf(api, "gridworker1");
		Api resident = member(courtyard);
		JsonNode asked = resident.post("/api/v1/messaging/channels/" + courtyard + "/posts",
				post("question", "小区东门的路灯坏了一个星期，晚上很黑，能修吗？")).json();
		long postId = asked.path("id").asLong();
		String forward = "/api/v1/messaging/posts/" + postId + "/forward";

		// who may not forward it, and what cannot be forwarded
		var byResident = resident.post(forward, Map.of());
		assertThat(byResident.status()).isEqualTo(403);
		assertThat(byResident.body()).contains("只有工作人员");
		var outOfScope = api.as("gridworker2").post(forward, Map.of());
		assertThat(outOfScope.status()).as(outOfScope.body()).isEqualTo(403);
		assertThat(outOfScope.body()).contains("out-of-scope");
		assertRefused(api.as("gridworker1").post(forward, Map.of("note", "长".repeat(201))), 422, "note", "200");
		long reply = resident.post("/api/v1/messaging/channels/" + courtyard + "/posts",
				post(null, "补充：靠近快递柜那盏").with("parentId", postId)).json().path("id").asLong();
		assertRefused(api.as("gridworker1").post("/api/v1/messaging/posts/" + reply + "/forward", Map.of()), 409,
				"postId", "不是回复");
		long notice = api.as("gridworker1").post("/api/v1/messaging/channels/" + courtyard + "/posts",
				post("notice", "本周五清理楼道杂物")).json().path("id").asLong();
		assertRefused(api.as("gridworker1").post("/api/v1/messaging/posts/" + notice + "/forward", Map.of()), 409,
				"postId", "只能转发居民");

		// up to the community: a copy there, a step in the thread
		var first = api.as("gridworker1").post(forward, Map.of("note", "请社区协调物业"));
		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(first.json().path("state").asString()).isEqualTo("FORWARDED");
		assertThat(first.json().path("atLevel").asString()).isEqualTo("COMMUNITY");
		assertThat(first.json().path("hops").asInt()).isEqualTo(1);
		long copy = first.json().path("atPostId").asLong();
		JsonNode copied = api.as("community1").get("/api/v1/messaging/posts/" + copy + "/thread").json().get(0);
		assertThat(copied.path("kind").asString()).isEqualTo("FORWARDED");
		assertThat(copied.path("forwardOf").asLong()).isEqualTo(postId);
		assertThat(copied.path("body").asString()).isEqualTo(asked.path("body").asString());
		assertThat(copied.path("channelId").asLong()).isEqualTo(first.json().path("atChannelId").asLong());
		assertThat(steps(resident, postId)).containsExactly("FORWARDED");
		assertThat(lastBody(resident, postId)).contains("请社区协调物业").contains("居民群");

		// the street's: from the copy, by the community's staff; the street's channel is the top
		var second = api.as("community1").post("/api/v1/messaging/posts/" + copy + "/forward", Map.of());
		assertThat(second.status()).as(second.body()).isEqualTo(200);
		assertThat(second.json().path("atLevel").asString()).isEqualTo("STREET");
		assertThat(second.json().path("hops").asInt()).isEqualTo(2);
		long top = second.json().path("atPostId").asLong();
		assertRefused(api.as("dispatcher").post("/api/v1/messaging/posts/" + top + "/forward", Map.of()), 409,
				"postId", "请直接立案");
		JsonNode hops = api.as("dispatcher").get("/api/v1/messaging/forwards/" + top).json().path("hops");
		assertThat(hops).hasSize(2);
		assertThat(hops.get(0).path("note").asString()).isEqualTo("请社区协调物业");
		assertThat(hops.get(1).path("by").asString()).isEqualTo("community1");

		// filed at the street: every refusal first, then the case with the resident as its reporter
		String file = "/api/v1/messaging/posts/" + top + "/case";
		assertRefused(api.as("dispatcher").post(file, Map.of()), 422, "categoryCode", "请选择事件类别");
		assertRefused(api.as("dispatcher").post(file, Map.of("categoryCode", "Z9999")), 422, "categoryCode", "Z9999");
		assertRefused(api.as("dispatcher").post(file, Map.of("categoryCode", "E0102", "lat", 34.7)), 422, "lng",
				"一起填写");
		assertThat(resident.post(file, Map.of("categoryCode", "E0102")).status()).as("not in the street's channel")
			.isEqualTo(404);
		assertThat(resident.post("/api/v1/messaging/posts/" + postId + "/case", Map.of("categoryCode", "E0102"))
			.status()).as("in it, but no staff").isEqualTo(403);
		var filed = api.as("dispatcher").post(file, Map.of("categoryCode", "E0102"));
		assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		assertThat(filed.json().path("state").asString()).isEqualTo("FILED");
		long caseId = filed.json().path("caseId").asLong();
		String number = filed.json().path("caseNumber").asString();
		assertThat(number).isNotBlank();
		assertRefused(api.as("dispatcher").post(file, Map.of("categoryCode", "E0102")), 409, "postId", number);
		assertRefused(api.as("gridworker1").post(forward, Map.of()), 409, "postId", number);
		JsonNode theirCase = resident.get("/api/v1/cases/" + caseId).json();
		assertThat(theirCase.path("channel").asString()).isEqualTo("GROUP_MESSAGE");
		assertThat(theirCase.path("description").asString()).isEqualTo(asked.path("body").asString());
		assertThat(theirCase.path("gridCode").asString()).isEqualTo(MessagingApiTests.GRID);
		assertThat(steps(resident, postId)).containsExactly("FORWARDED", "FORWARDED", "SUBMITTED");

		// round the loop: the public steps come back, the internal stages do not
		caseStep("gridworker1", caseId, "verify", Map.of("note", "现场确认"));
		caseStep("dispatcher", caseId, "file", Map.of());
		caseStep("dispatcher", caseId, "dispatch",
				Map.of("assigneeUnit", MessagingApiTests.GRID, "assigneeUser", "gridworker1"));
		caseStep("gridworker1", caseId, "accept", Map.of());
		caseStep("gridworker1", caseId, "handle", Map.of("note", "已更换灯泡"));
		caseStep("supervisor", caseId, "check-pass", Map.of("note", "已核查"));
		assertThat(steps(resident, postId)).containsExactly("FORWARDED", "FORWARDED", "SUBMITTED", "ACCEPTED",
				"IN_HANDLING", "COMPLETED");
		assertThat(lastBody(resident, postId)).contains(number).contains("请对办理结果作出评价");
		var rated = resident.post("/api/v1/cases/" + caseId + "/actions/rate", Map.of("score", 5, "comment", "修得很快"));
		assertThat(rated.status()).as(rated.body()).isEqualTo(200);
		assertThat(steps(resident, postId)).endsWith("COMPLETED", "RATED");
		assertThat(lastBody(resident, postId)).contains("5 星").contains("修得很快");

		JsonNode done = api.as("community1").get("/api/v1/messaging/forwards/" + postId).json().path("forward");
		assertThat(done.path("state").asString()).isEqualTo("CLOSED");
		assertThat(done.path("caseStep").asString()).isEqualTo("COMPLETED");
		assertThat(done.path("score").asInt()).isEqualTo(5);
		assertThat(done.path("closedAt").asString()).isNotBlank();
		JsonNode figures = api.as("community1").get("/api/v1/messaging/forwards/figures").json();
		assertThat(figures.path("completed").asLong()).isPositive();
		assertThat(figures.path("minutesToCaseMedian").isNumber()).as(figures.toString()).isTrue();
		assertThat(figures.path("minutesToCloseMedian").isNumber()).as(figures.toString()).isTrue();

		// the console lists it in scope only
		assertThat(ids(api.as("community1").get("/api/v1/messaging/forwards?state=CLOSED").json())).contains(postId);
		assertThat(ids(api.as("gridworker2").get("/api/v1/messaging/forwards").json())).doesNotContain(postId);
		assertThat(resident.get("/api/v1/messaging/forwards").status()).isEqualTo(403);
		assertRefused(api.as("community1").get("/api/v1/messaging/forwards?state=LOST"), 400, "state", "LOST");
		assertRefused(api.as("community1").get("/api/v1/messaging/forwards/figures?from=2026-12-05&to=2026-12-01"),
				400, "to", "不能早于");
	}

	@Test
	void aGridWorkerFilesAPostWhereItWasWrittenAndAnOutsiderReadsNothingOfIt() {
		long courtyard = MessagingApiTests.courtyardOf(api, "gridworker1");
		Api resident = member(courtyard);
		long postId = resident.post("/api/v1/messaging/channels/" + courtyard + "/posts",
				post("suggestion", "建议在3号楼下加装电动车充电桩")).json().path("id").asLong();
		JsonNode centroid = api.as("gridworker1").get("/api/v1/regions/" + MessagingApiTests.GRID).json()
			.path("centroid");
		var filed = api.as("gridworker1").post("/api/v1/messaging/posts/" + postId + "/case",
				Map.of("categoryCode", "E0102", "lat", centroid.path("lat").asDouble(), "lng",
						centroid.path("lng").asDouble(), "address", "3号楼北侧", "description", "居民建议加装充电桩"));
		assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		assertThat(filed.json().path("hops").asInt()).isZero();
		assertThat(filed.json().path("atLevel").asString()).isEqualTo("COURTYARD");
		JsonNode theCase = resident.get("/api/v1/cases/" + filed.json().path("caseId").asLong()).json();
		assertThat(theCase.path("address").asString()).isEqualTo("3号楼北侧");
		assertThat(theCase.path("description").asString()).isEqualTo("居民建议加装充电桩");

		Api outsider = api.withToken(api.tokenFor(MessagingApiTests.resident(api), Api.DEMO_PASSWORD));
		assertThat(outsider.get("/api/v1/messaging/forwards/" + postId).status()).isEqualTo(404);
		assertThat(outsider.get("/api/v1/messaging/posts/" + postId + "/thread").status()).isEqualTo(404);
		assertThat(outsider.post("/api/v1/messaging/posts/" + postId + "/forward", Map.of()).status()).isEqualTo(404);
		assertThat(api.as("gridworker2").get("/api/v1/messaging/forwards/" + postId).status()).isEqualTo(403);
	}

	/** A resident of the test's own, confirmed in the courtyard's channel. */
	private Api member(long courtyard) {
		String code = api.as("gridworker1").get("/api/v1/messaging/channels/" + courtyard).json().path("channel")
			.path("joinCode").asString();
		Api resident = api.withToken(api.tokenFor(MessagingApiTests.resident(api), Api.DEMO_PASSWORD));
		long account = resident.post("/api/v1/messaging/join", Map.of("code", code)).json().path("accountId").asLong();
		var approved = api.as("gridworker1").post("/api/v1/messaging/channels/" + courtyard + "/members/" + account
				+ "/approve", Map.of());
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		return resident;
	}

	/** The steps posted back into a thread, in order. */
	private static List<String> steps(Api reader, long postId) {
		List<String> steps = new ArrayList<>();
		for (JsonNode p : reader.get("/api/v1/messaging/posts/" + postId + "/thread").json()) {
			if (p.path("kind").asString().equals("CASE_STEP")) {
				steps.add(p.path("caseStep").asString());
			}
		}
		return steps;
	}

	private static String lastBody(Api reader, long postId) {
		JsonNode thread = reader.get("/api/v1/messaging/posts/" + postId + "/thread").json();
		return thread.get(thread.size() - 1).path("body").asString();
	}

	private static List<Long> ids(JsonNode forwards) {
		List<Long> ids = new ArrayList<>();
		forwards.forEach(f -> ids.add(f.path("postId").asLong()));
		return ids;
	}

	private void caseStep(String as, long id, String action, Map<String, ?> body) {
		Api.Response r = api.as(as).post("/api/v1/cases/" + id + "/actions/" + action, body);
		assertThat(r.status()).as(action + ": " + r.body()).isEqualTo(200);
	}
}

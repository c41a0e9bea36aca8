package org.civicgrid.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.civicgrid.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * 政策咨询 under the 15/30-minute commitment over HTTP: a resident's question is green, yellow when nobody took it up
 * in 15 office minutes, red when nobody replied in 30; unanswered it rises to the community's channel and then the
 * street's with a fresh clock there, and stays red at the top until the street's staff answer it from above; asked
 * after hours its clock starts when the office opens. Refusals: residents, outsiders, an unknown colour, a second
 * claim after the answer.
 */
class QuestionClockTests extends ApiTest {

	@Autowired
	MovableClock clock;

	@Autowired
	QuestionRises rises;

	@Test
	void aQuestionTurnsYellowThenRedRisesTwiceAndIsAnsweredFromTheStreet() {
		clock.stopAt("2026-12-02T09:00");
		JsonNode courtyard = Joining.courtyardOf(api, "resident1");
		long channel = courtyard.path("id").asLong();
		Api resident = member(courtyard);
		long post = ask(resident, channel, "孩子转学需要开什么证明？");

		JsonNode fresh = question(resident, post);
		assertThat(fresh.path("colour").asString()).isEqualTo("GREEN");
		assertThat(Instant.parse(fresh.path("respondDue").asString())).isEqualTo(at("2026-12-02T09:15"));
		assertThat(Instant.parse(fresh.path("replyDue").asString())).isEqualTo(at("2026-12-02T09:30"));
		assertThat(fresh.path("level").asString()).isEqualTo("COURTYARD");

		clock.stopAt("2026-12-02T09:16");
		assertThat(question(resident, post).path("colour").asString()).isEqualTo("YELLOW");
		assertThat(ids(api.as("community1").get("/api/v1/messaging/questions?colour=YELLOW").json())).contains(post);
		assertThat(resident.post("/api/v1/messaging/posts/" + post + "/claim", Map.of()).status()).isEqualTo(403);
		JsonNode claimed = api.as("gridworker1").post("/api/v1/messaging/posts/" + post + "/claim", Map.of()).json();
		assertThat(claimed.path("colour").asString()).isEqualTo("GREEN");
		assertThat(claimed.path("respondedBy").asString()).isEqualTo("gridworker1");

		clock.stopAt("2026-12-02T09:31");
		assertThat(question(resident, post).path("colour").asString()).isEqualTo("RED");
		assertThat(rises.runDue()).contains(post);
		JsonNode risen = question(resident, post);
		assertThat(risen.path("level").asString()).isEqualTo("COMMUNITY");
		assertThat(risen.path("rises").asInt()).isEqualTo(1);
		assertThat(risen.path("colour").asString()).as("a fresh clock at the community").isEqualTo("GREEN");
		assertThat(Instant.parse(risen.path("replyDue").asString())).isEqualTo(at("2026-12-02T10:01"));
		assertThat(Instant.parse(risen.path("firstReplyDue").asString())).isEqualTo(at("2026-12-02T09:30"));
		JsonNode thread = resident.get("/api/v1/messaging/posts/" + post + "/thread").json();
		assertThat(thread.get(thread.size() - 1).path("body").asString()).contains("超时未答复").contains("居民群");
		JsonNode forward = api.as("community1").get("/api/v1/messaging/forwards/" + post).json();
		assertThat(forward.path("hops").get(0).path("by").asString()).isEqualTo("system");
		assertThat(rises.runDue()).as("not due again at once").doesNotContain(post);

		clock.stopAt("2026-12-02T10:02");
		assertThat(rises.runDue()).contains(post);
		assertThat(question(resident, post).path("level").asString()).isEqualTo("STREET");
		clock.stopAt("2026-12-02T10:40");
		assertThat(rises.runDue()).as("nowhere higher").doesNotContain(post);
		JsonNode top = question(resident, post);
		assertThat(top.path("colour").asString()).isEqualTo("RED");
		assertThat(top.path("rises").asInt()).isEqualTo(2);
		assertThat(ids(api.as("dispatcher").get("/api/v1/messaging/questions?colour=RED").json())).contains(post);

		// the street's staff answer in the courtyard's thread from above, though not members of it
		var answer = api.as("dispatcher").post("/api/v1/messaging/channels/" + channel + "/posts",
				Map.of("parentId", post, "body", "到原学校开具学籍证明，再到社区开居住证明即可。"));
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		JsonNode answered = question(resident, post);
		assertThat(answered.path("colour").asString()).isEqualTo("ANSWERED");
		assertThat(answered.path("repliedBy").asString()).isEqualTo("dispatcher");
		assertThat(ids(api.as("dispatcher").get("/api/v1/messaging/questions").json())).doesNotContain(post);
		var again = api.as("gridworker1").post("/api/v1/messaging/posts/" + post + "/claim", Map.of());
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body()).contains("dispatcher");
		JsonNode figures = api.as("community1").get("/api/v1/messaging/questions/figures?from=2026-12-02&to=2026-12-02")
			.json();
		assertThat(figures.path("asked").asLong()).isPositive();
		assertThat(figures.path("replied").asLong()).isPositive();
		assertThat(figures.path("minutesToReplyMedian").isNumber()).as(figures.toString()).isTrue();
	}

	@Test
	void aQuestionAskedAfterHoursStartsItsClockWhenTheOfficeOpensAndOutsidersSeeNothing() {
		clock.stopAt("2026-12-05T21:00"); // a Saturday evening
		JsonNode courtyard = Joining.courtyardOf(api, "resident1");
		Api resident = member(courtyard);
		long post = ask(resident, courtyard.path("id").asLong(), "周末能办居住证吗？");
		JsonNode q = question(resident, post);
		assertThat(Instant.parse(q.path("respondDue").asString())).isEqualTo(at("2026-12-07T08:45"));
		assertThat(Instant.parse(q.path("replyDue").asString())).isEqualTo(at("2026-12-07T09:00"));
		clock.stopAt("2026-12-05T23:30");
		assertThat(question(resident, post).path("colour").asString()).as("the evening counts nothing").isEqualTo("GREEN");

		String username = "qo-" + Long.toString(System.nanoTime(), 36);
		assertThat(api.as("admin").post("/api/v1/accounts", new java.util.HashMap<>(Map.of("username", username,
				"displayName", "外人", "password", Api.DEMO_PASSWORD, "role", "RESIDENT"))).status()).isEqualTo(201);
		Api outsider = api.withToken(api.tokenFor(username, Api.DEMO_PASSWORD));
		assertThat(outsider.get("/api/v1/messaging/posts/" + post + "/question").status()).isEqualTo(404);
		assertThat(outsider.get("/api/v1/messaging/questions").status()).isEqualTo(403);
		assertThat(resident.get("/api/v1/messaging/questions").status()).isEqualTo(403);
		assertThat(ids(api.as("gridworker2").get("/api/v1/messaging/questions?open=false").json())).doesNotContain(post);
		var colour = api.as("community1").get("/api/v1/messaging/questions?colour=BLUE");
		assertThat(colour.status()).isEqualTo(400);
		assertThat(colour.errorFields()).containsExactly("colour");
		assertThat(colour.body()).contains("BLUE");
	}

	private Api member(JsonNode courtyard) {
		Joining.Asked asked = Joining.asks(api, courtyard.path("joinCode").asString());
		var approved = api.as("community1").post("/api/v1/messaging/channels/" + courtyard.path("id").asLong()
				+ "/members/" + asked.account() + "/approve", Map.of());
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		return asked.resident();
	}

	private static long ask(Api resident, long channel, String words) {
		var asked = resident.post("/api/v1/messaging/channels/" + channel + "/posts",
				Map.of("kind", "question", "body", words));
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		return asked.json().path("id").asLong();
	}

	private static JsonNode question(Api reader, long post) {
		var r = reader.get("/api/v1/messaging/posts/" + post + "/question");
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json();
	}

	private static Instant at(String local) {
		return java.time.LocalDateTime.parse(local).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
	}

	private static List<Long> ids(JsonNode questions) {
		List<Long> ids = new ArrayList<>();
		questions.forEach(q -> ids.add(q.path("postId").asLong()));
		return ids;
	}
}

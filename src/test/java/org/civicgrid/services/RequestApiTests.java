package org.civicgrid.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.civicgrid.testing.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Requests (办件) over HTTP: the first-question recording, each move of the table, the promised day on the working
 * calendar and its colour, the clock that stands still during 补正, hand-overs, and every refusal.
 */
class RequestApiTests extends ApiTest {

	/** Wednesday 2 December 2026, 09:00 in Shanghai. */
	static final String WEDNESDAY = "2026-12-02T09:00";

	@Autowired
	MovableClock clock;

	@Autowired
	DataSource data;

	RequestFixture requests;

	@BeforeEach
	void setUp() {
		requests = new RequestFixture(api, data);
	}

	@Test
	void theFirstToReceiveARequestOwnsItAndItGoesFromAcceptedToDone() {
		clock.stopAt(WEDNESDAY);
		JsonNode r = requests.record("community1", RequestFixture.CERTIFICATE);
		long id = r.path("id").asLong();
		assertThat(r.path("number").asString()).matches("BJ20261202-\\d{6}");
		assertThat(r.path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(r.path("receivedBy").asString()).isEqualTo("community1");
		assertThat(r.path("owner").asString()).isEqualTo("community1");
		assertThat(r.path("channel").asString()).isEqualTo("COUNTER");
		assertThat(r.path("handling").asString()).isEqualTo("PROMISED");
		assertThat(r.path("regionCode").asString()).isEqualTo(RequestFixture.COMMUNITY);
		assertThat(r.path("counter").asString()).isEqualTo("综合受理窗口"); // the item's counter
		// 3 working days from Wednesday: Thursday, Friday, Monday; due when the office closes (18:00)
		assertThat(r.path("promisedDay").asString()).isEqualTo("2026-12-07");
		assertThat(Instant.parse(r.path("deadline").asString())).isEqualTo(Instant.parse("2026-12-07T10:00:00Z"));
		assertThat(r.path("colour").asString()).isEqualTo("GREEN");
		assertThat(strings(r.path("allowedActions"))).containsExactly("start", "ask-supplement", "refuse", "hand-over");

		JsonNode started = requests.step("community1", id, "start", Map.of());
		assertThat(started.path("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(strings(started.path("allowedActions"))).containsExactly("ask-supplement", "finish", "refuse",
				"hand-over");
		JsonNode done = requests.step("community1", id, "finish", Map.of("result", "证明已出具"));
		assertThat(done.path("status").asString()).isEqualTo("DONE");
		assertThat(done.path("result").asString()).isEqualTo("证明已出具");
		assertThat(done.path("finishedBy").asString()).isEqualTo("community1");
		assertThat(strings(done.path("allowedActions"))).isEmpty();

		JsonNode steps = api.as("community1").get("/api/v1/services/requests/" + id + "/steps").json();
		List<String> actions = new ArrayList<>();
		steps.forEach(s -> actions.add(s.path("action").asString() + ":" + s.path("status").asString()));
		assertThat(actions).containsExactly("RECORD:ACCEPTED", "START:IN_PROGRESS", "FINISH:DONE");
		// the resident reads their own request
		Api.Response mine = api.as("resident1").get("/api/v1/services/requests/" + id);
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.json().path("status").asString()).isEqualTo("DONE");
		assertThat(strings(mine.json().path("allowedActions"))).isEmpty();
		List<Long> ids = new ArrayList<>();
		api.as("resident1").get("/api/v1/services/requests/mine").json().forEach(x -> ids.add(x.path("id").asLong()));
		assertThat(ids).contains(id);
	}

	@Test
	void anOnTheSpotItemIsHandledImmediatelyAndDueAtTodaysClose() {
		clock.stopAt(WEDNESDAY);
		JsonNode r = requests.record("community1", RequestFixture.ON_THE_SPOT);
		assertThat(r.path("handling").asString()).isEqualTo("IMMEDIATE");
		assertThat(Instant.parse(r.path("deadline").asString())).isEqualTo(Instant.parse("2026-12-02T10:00:00Z"));
	}

	@Test
	void theColourTurnsYellowAtFourFifthsOfTheWorkingTimeAndRedAtTheDeadline() {
		clock.stopAt(WEDNESDAY);
		long id = requests.record("community1", RequestFixture.CERTIFICATE).path("id").asLong();
		// 29.5 working hours in all; on Monday at 10:00 23.5 are used (79.7 %), at 11:00 24.5 (83 %)
		clock.stopAt("2026-12-07T10:00");
		assertThat(colour(id)).isEqualTo("GREEN");
		clock.stopAt("2026-12-07T11:00");
		assertThat(colour(id)).isEqualTo("YELLOW");
		assertThat(idsOf("/api/v1/services/requests?colour=YELLOW&size=500")).contains(id);
		assertThat(idsOf("/api/v1/services/requests?colour=GREEN&size=500")).doesNotContain(id);
		clock.stopAt("2026-12-07T18:00");
		assertThat(colour(id)).isEqualTo("RED");
		assertThat(idsOf("/api/v1/services/requests?colour=RED&size=500")).contains(id);
	}

	@Test
	void aSupplementListsTheMissingMaterialsOnceAndStopsTheClockUntilTheyCome() {
		clock.stopAt(WEDNESDAY);
		long id = requests.record("community1", RequestFixture.CERTIFICATE).path("id").asLong();

		Api.Response none = api.as("community1").post(action(id, "ask-supplement"), Map.of("materials", List.of()));
		assertThat(none.status()).isEqualTo(422);
		assertThat(none.errorFields()).containsExactly("materials");
		Api.Response unknown = api.as("community1").post(action(id, "ask-supplement"),
				Map.of("materials", List.of("租房合同", "结婚证")));
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.json().path("errors").get(0).path("item").asInt()).isEqualTo(1);
		assertThat(unknown.json().path("errors").get(0).path("message").asString()).contains("结婚证");

		JsonNode asked = requests.step("community1", id, "ask-supplement",
				Map.of("materials", List.of("租房合同", "户口簿")));
		assertThat(asked.path("status").asString()).isEqualTo("SUPPLEMENT");
		assertThat(asked.path("clockStopped").asBoolean()).isTrue();
		assertThat(strings(asked.path("missingMaterials"))).containsExactly("租房合同", "户口簿");

		// two working days of waiting (Wednesday 09:00 to Friday 09:00: 15 office hours) do not count
		clock.stopAt("2026-12-04T09:00");
		assertThat(colour(id)).isEqualTo("GREEN");
		JsonNode resumed = requests.step("community1", id, "supplemented", Map.of());
		assertThat(resumed.path("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(resumed.path("clockStopped").asBoolean()).isFalse();
		// Monday 18:00 plus 15 working hours: Tuesday's 7.5 and Wednesday's 7.5, so Wednesday 9 December at 18:00
		assertThat(Instant.parse(resumed.path("deadline").asString()))
			.isEqualTo(Instant.parse("2026-12-09T10:00:00Z"));
		assertThat(resumed.path("colour").asString()).isEqualTo("GREEN");

		Api.Response again = api.as("community1").post(action(id, "ask-supplement"),
				Map.of("materials", List.of("居民身份证")));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().path("detail").asString()).contains("一次性告知");
	}

	@Test
	void notAcceptingNeedsAReason() {
		clock.stopAt(WEDNESDAY);
		long id = requests.record("community1", RequestFixture.CERTIFICATE).path("id").asLong();
		Api.Response bare = api.as("community1").post(action(id, "refuse"), Map.of("reason", " "));
		assertThat(bare.status()).isEqualTo(422);
		assertThat(bare.errorFields()).containsExactly("reason");
		assertThat(bare.json().path("errors").get(0).path("message").asString()).contains("理由");
		JsonNode refused = requests.step("community1", id, "refuse", Map.of("reason", "不属于本社区居民"));
		assertThat(refused.path("status").asString()).isEqualTo("NOT_ACCEPTED");
		assertThat(refused.path("reason").asString()).isEqualTo("不属于本社区居民");
		Api.Response afterwards = api.as("community1").post(action(id, "start"), Map.of());
		assertThat(afterwards.status()).isEqualTo(409);
		assertThat(afterwards.json().path("detail").asString()).as("in words, not the status code")
			.isEqualTo("办件当前为“不予受理”，不能执行“开始办理”");
		assertThat(api.as("community1").inEnglish().post(action(id, "start"), Map.of()).json().path("detail").asString())
			.doesNotContain("NOT_ACCEPTED");
	}

	@Test
	void aHandOverRecordsFromWhomToWhomAndWhyAndTheResidentDoesNotSeeIt() {
		clock.stopAt(WEDNESDAY);
		long id = requests.record("community1", RequestFixture.CERTIFICATE).path("id").asLong();
		Api.Response empty = api.as("community1").post(action(id, "hand-over"), Map.of());
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.errorFields()).containsExactlyInAnyOrder("handTo", "reason");
		Api.Response nobody = api.as("community1").post(action(id, "hand-over"),
				Map.of("handTo", "nobody-here", "reason", "转社保窗口"));
		assertThat(nobody.errorFields()).containsExactly("handTo");

		JsonNode handed = requests.step("community1", id, "hand-over",
				Map.of("handTo", "dispatcher", "handToUnit", "街道便民服务中心 社保窗口", "reason", "需街道审核"));
		assertThat(handed.path("owner").asString()).isEqualTo("dispatcher");
		assertThat(handed.path("ownerUnit").asString()).isEqualTo("街道便民服务中心 社保窗口");
		assertThat(handed.path("receivedBy").asString()).isEqualTo("community1");
		assertThat(handed.path("status").asString()).isEqualTo("ACCEPTED");

		JsonNode steps = api.as("community1").get("/api/v1/services/requests/" + id + "/steps").json();
		JsonNode last = steps.get(steps.size() - 1);
		assertThat(last.path("action").asString()).isEqualTo("HAND_OVER");
		assertThat(last.path("handedFrom").asString()).isEqualTo("community1");
		assertThat(last.path("handedTo").asString()).isEqualTo("dispatcher");
		assertThat(last.path("note").asString()).isEqualTo("需街道审核");
		assertThat(last.path("at").asString()).isEqualTo("2026-12-02T01:00:00Z");
		JsonNode residentSteps = api.as("resident1").get("/api/v1/services/requests/" + id + "/steps").json();
		assertThat(residentSteps.size()).isEqualTo(steps.size() - 1);
	}

	@Test
	void staffSeeOnlyTheirScopeAndResidentsOnlyTheirOwn() {
		clock.stopAt(WEDNESDAY);
		// the street records one for the second community; community1 neither sees nor touches it
		Api.Response elsewhere = api.as("dispatcher").post("/api/v1/services/requests", Map.of("itemCode",
				RequestFixture.CERTIFICATE, "residentName", "李四", "channel", "PHONE", "regionCode",
				RequestFixture.OTHER_COMMUNITY));
		assertThat(elsewhere.status()).isEqualTo(201);
		long other = elsewhere.json().path("id").asLong();
		Api.Response read = api.as("community1").get("/api/v1/services/requests/" + other);
		assertThat(read.status()).isEqualTo(403);
		assertThat(read.json().path("type").asString()).endsWith("/out-of-scope");
		assertThat(api.as("community1").post(action(other, "start"), Map.of()).status()).isEqualTo(403);
		assertThat(idsOf("/api/v1/services/requests?size=500")).doesNotContain(other);
		assertThat(api.as("dispatcher").get("/api/v1/services/requests/" + other).status()).isEqualTo(200);
		// nor may community1 record one there
		Api.Response outside = api.as("community1").post("/api/v1/services/requests", Map.of("itemCode",
				RequestFixture.CERTIFICATE, "residentName", "李四", "channel", "PHONE", "regionCode",
				RequestFixture.OTHER_COMMUNITY));
		assertThat(outside.status()).isEqualTo(403);

		// a resident is told another's request does not exist, and cannot record or act
		assertThat(elsewhere.json().path("residentAccount").isMissingNode()).isTrue();
		Api.Response notTheirs = api.as("resident1").get("/api/v1/services/requests/" + other);
		assertThat(notTheirs.status()).isEqualTo(404);
		assertThat(api.as("resident1").get("/api/v1/services/requests/" + other + "/steps").status()).isEqualTo(404);
		assertThat(api.as("resident1").get("/api/v1/services/requests").status()).isEqualTo(403);
		long own = requests.record("community1", RequestFixture.CERTIFICATE).path("id").asLong();
		assertThat(api.as("resident1").post(action(own, "start"), Map.of()).status()).isEqualTo(403);
		assertThat(api.as("resident1").post("/api/v1/services/requests",
				Map.of("itemCode", RequestFixture.CERTIFICATE, "residentName", "我", "channel", "COUNTER")).status())
			.isEqualTo(403);
		assertThat(api.get("/api/v1/services/requests/" + own).status()).isEqualTo(401);
	}

	@Test
	void badInputIsRefusedByName() {
		clock.stopAt(WEDNESDAY);
		Api.Response unknown = api.as("community1").post("/api/v1/services/requests", Map.of("itemCode", "XX999",
				"residentName", "王五", "channel", "COUNTER", "residentUsername", "no-such-resident"));
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.errorFields()).containsExactlyInAnyOrder("itemCode", "residentUsername");
		Api.Response missing = api.as("community1").post("/api/v1/services/requests",
				Map.of("itemCode", RequestFixture.CERTIFICATE, "residentPhone", "12345"));
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.errorFields()).containsExactlyInAnyOrder("residentName", "channel", "residentPhone");
		Api.Response english = api.as("community1").inEnglish().post("/api/v1/services/requests",
				Map.of("itemCode", "XX999", "residentName", "王五", "channel", "COUNTER"));
		assertThat(english.json().path("errors").get(0).path("message").asString()).contains("not published");

		long id = requests.record("community1", RequestFixture.CERTIFICATE).path("id").asLong();
		assertThat(api.as("community1").post(action(id, "fly"), Map.of()).status()).isEqualTo(404);
		Api.Response early = api.as("community1").post(action(id, "finish"), Map.of());
		assertThat(early.status()).isEqualTo(409);
		assertThat(api.as("community1").post(action(id, "reopen"), Map.of()).status()).isEqualTo(409);
		assertThat(api.as("community1").get("/api/v1/services/requests/999999999").status()).isEqualTo(404);
		assertThat(api.as("community1").get("/api/v1/services/requests?colour=PURPLE").status()).isEqualTo(400);
	}

	private String colour(long id) {
		return api.as("community1").get("/api/v1/services/requests/" + id).json().path("colour").asString();
	}

	private List<Long> idsOf(String path) {
		Api.Response r = api.as("community1").get(path);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		r.json().path("items").forEach(x -> ids.add(x.path("id").asLong()));
		return ids;
	}

	private static String action(long id, String action) {
		return "/api/v1/services/requests/" + id + "/actions/" + action;
	}

	static List<String> strings(JsonNode array) {
		List<String> out = new ArrayList<>();
		array.forEach(x -> out.add(x.asString()));
		return out;
	}
}

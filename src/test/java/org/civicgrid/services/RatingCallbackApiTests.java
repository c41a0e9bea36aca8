package org.civicgrid.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * 好差评 and call-backs over HTTP, one mechanism: a resident rates their own finished request once, a 差评 makes a
 * call-back task, the call-back is done once and may reopen the request; a case rated on casework's page reaches
 * the same table and makes its call-back too.
 */
class RatingCallbackApiTests extends ApiTest {

	@Autowired
	DataSource data;

	RequestFixture requests;

	@BeforeEach
	void setUp() {
		requests = new RequestFixture(api, data);
	}

	@Test
	void aBadRatingCallsForACallBackWhichIsDoneOnceAndReopensTheRequest() {
		long id = finishedRequest();
		Api.Response rated = rate("resident1", "REQUEST", id, 2, "等了太久");
		assertThat(rated.status()).as(rated.body()).isEqualTo(201);
		assertThat(rated.json().path("grade").asString()).isEqualTo("BAD");
		assertThat(rated.json().path("hall").asString()).isEqualTo("金水社区一站式服务大厅");
		assertThat(rated.json().path("staff").asString()).isEqualTo("community1");
		long callbackId = rated.json().path("callbackId").asLong();
		assertThat(callbackId).isPositive();

		Api.Response again = rate("resident1", "REQUEST", id, 5, "改评");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.errorFields()).containsExactly("subjectId");

		JsonNode open = api.as("community1").get("/api/v1/services/callbacks?done=false&size=500").json();
		JsonNode task = find(open.path("items"), callbackId);
		assertThat(task.path("why").asString()).isEqualTo("BAD_RATING");
		assertThat(task.path("subjectKind").asString()).isEqualTo("REQUEST");
		assertThat(task.path("subjectId").asLong()).isEqualTo(id);
		assertThat(task.path("comment").asString()).isEqualTo("等了太久");

		Api.Response noAnswer = api.as("community1").post(done(callbackId), Map.of("reopen", true));
		assertThat(noAnswer.status()).isEqualTo(422);
		assertThat(noAnswer.errorFields()).containsExactly("answer");
		Api.Response made = api.as("community1").post(done(callbackId),
				Map.of("answer", "居民希望补办加急", "reopen", true));
		assertThat(made.status()).as(made.body()).isEqualTo(200);
		assertThat(made.json().path("doneBy").asString()).isEqualTo("community1");
		assertThat(made.json().path("reopened").asBoolean()).isTrue();
		assertThat(made.json().path("answer").asString()).isEqualTo("居民希望补办加急");
		JsonNode reopened = api.as("community1").get("/api/v1/services/requests/" + id).json();
		assertThat(reopened.path("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(RequestApiTests.strings(reopened.path("allowedActions"))).contains("finish");

		Api.Response twice = api.as("community1").post(done(callbackId), Map.of("answer", "再打一次"));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.json().path("detail").asString()).contains("community1");
	}

	@Test
	void aGoodRatingIsCalledBackOnlyWhenTheSampleTakesIt() {
		long id = finishedRequest();
		JsonNode rated = rate("resident1", "REQUEST", id, 5, null).json();
		assertThat(rated.path("grade").asString()).isEqualTo("GOOD");
		long ratingId = rated.path("id").asLong();
		// the configured 10 %: every tenth rating
		assertThat(rated.path("callbackId").isMissingNode()).isEqualTo(ratingId % 10 != 0);
		JsonNode middle = rate("resident1", "REQUEST", finishedRequest(), 3, "一般").json();
		assertThat(middle.path("grade").asString()).isEqualTo("MIDDLE");
	}

	@Test
	void ratingsOutsideTheRulesAreRefusedByName() {
		long id = finishedRequest();
		for (int score : new int[] { 0, 6 }) {
			Api.Response r = rate("resident1", "REQUEST", id, score, null);
			assertThat(r.status()).isEqualTo(422);
			assertThat(r.errorFields()).containsExactly("score");
		}
		// not finished yet
		long open = requests.record("community1", RequestFixture.CERTIFICATE).path("id").asLong();
		Api.Response unfinished = rate("resident1", "REQUEST", open, 4, null);
		assertThat(unfinished.status()).isEqualTo(409);
		assertThat(unfinished.json().path("detail").asString()).contains("办结后");
		// someone else's request: as if it did not exist
		long others = othersFinishedRequest();
		Api.Response notTheirs = rate("resident1", "REQUEST", others, 4, null);
		assertThat(notTheirs.status()).isEqualTo(404);
		// staff do not rate
		assertThat(rate("community1", "REQUEST", id, 4, null).status()).isEqualTo(403);
		// cases are rated on their page; an appointment by its own resident once served (BookingApiTests)
		Api.Response aCase = rate("resident1", "CASE", 1, 4, null);
		assertThat(aCase.status()).isEqualTo(422);
		assertThat(aCase.errorFields()).containsExactly("subjectKind");
		Api.Response appointment = rate("resident1", "APPOINTMENT", Long.MAX_VALUE, 4, null);
		assertThat(appointment.status()).as("nobody's appointment").isEqualTo(404);
		Api.Response kind = api.as("resident1").post("/api/v1/services/ratings",
				Map.of("subjectKind", "PARCEL", "subjectId", id, "score", 4));
		assertThat(kind.status()).isEqualTo(400);
		// nothing of this was written
		List<Long> mine = new ArrayList<>();
		api.as("resident1").get("/api/v1/services/ratings").json().forEach(r -> {
			if (r.path("subjectKind").asString().equals("REQUEST")) {
				mine.add(r.path("subjectId").asLong());
			}
		});
		assertThat(mine).doesNotContain(id, open, others);
	}

	@Test
	void aCaseRatedOnItsPageReachesTheOneTableAndItsBadRatingIsCalledBack() {
		long caseId = closedCase();
		JsonNode rated = api.as("resident1").post("/api/v1/cases/" + caseId + "/actions/rate",
				Map.of("score", 1, "comment", "处理敷衍")).json();
		// casework keeps its own copy (its indicators read it)
		assertThat(rated.path("rating").asInt()).isEqualTo(1);
		JsonNode rating = await().atMost(Duration.ofSeconds(10)).until(() -> {
			for (JsonNode r : api.as("community1").get("/api/v1/services/ratings").json()) {
				if (r.path("subjectKind").asString().equals("CASE") && r.path("subjectId").asLong() == caseId) {
					return r;
				}
			}
			return null;
		}, r -> r != null);
		assertThat(rating.path("score").asInt()).isEqualTo(1);
		assertThat(rating.path("grade").asString()).isEqualTo("BAD");
		assertThat(rating.path("comment").asString()).isEqualTo("处理敷衍");
		assertThat(rating.path("gridWorker").asString()).isEqualTo("gridworker1");
		assertThat(rating.path("subjectLabel").asString()).matches("SJ\\d{8}-\\d{6}");
		long callbackId = rating.path("callbackId").asLong();
		assertThat(callbackId).isPositive();
		// the resident sees it among their own ratings
		List<Long> residents = new ArrayList<>();
		api.as("resident1").get("/api/v1/services/ratings").json().forEach(r -> residents.add(r.path("id").asLong()));
		assertThat(residents).contains(rating.path("id").asLong());
		// a case is reopened through casework, not from here
		Api.Response reopen = api.as("community1").post(done(callbackId), Map.of("answer", "已道歉", "reopen", true));
		assertThat(reopen.status()).isEqualTo(422);
		assertThat(reopen.errorFields()).containsExactly("reopen");
		assertThat(api.as("community1").post(done(callbackId), Map.of("answer", "已道歉")).status()).isEqualTo(200);
	}

	@Test
	void callBacksAndFiguresStayInScope() {
		long id = finishedRequest();
		long callbackId = rate("resident1", "REQUEST", id, 1, "态度差").json().path("callbackId").asLong();
		Api.Response other = api.as("gridworker2").get("/api/v1/services/callbacks/" + callbackId);
		assertThat(other.status()).isEqualTo(403);
		assertThat(api.as("gridworker2").post(done(callbackId), Map.of("answer", "x")).status()).isEqualTo(403);
		JsonNode theirs = api.as("gridworker2").get("/api/v1/services/callbacks?size=500").json();
		assertThat(find(theirs.path("items"), callbackId)).isNull();
		assertThat(api.as("resident1").get("/api/v1/services/callbacks").status()).isEqualTo(403);
		assertThat(api.as("resident1").get("/api/v1/services/callbacks/" + callbackId).status()).isEqualTo(403);
		assertThat(api.as("community1").get("/api/v1/services/callbacks/999999999").status()).isEqualTo(404);

		JsonNode halls = api.as("community1").get("/api/v1/services/ratings/satisfaction?by=HALL").json();
		JsonNode hall = null;
		for (JsonNode h : halls) {
			if (h.path("key").asString().equals("金水社区一站式服务大厅")) {
				hall = h;
			}
		}
		assertThat(hall).isNotNull();
		assertThat(hall.path("ratings").asLong()).isEqualTo(
				hall.path("good").asLong() + hall.path("middle").asLong() + hall.path("bad").asLong());
		assertThat(hall.path("bad").asLong()).isPositive();
		JsonNode items = api.as("community1").get("/api/v1/services/ratings/satisfaction?by=ITEM").json();
		assertThat(items.toString()).contains(RequestFixture.CERTIFICATE + " 居住证明（测试）");
		JsonNode staff = api.as("community1").get("/api/v1/services/ratings/satisfaction?by=STAFF").json();
		assertThat(staff.toString()).contains("\"key\":\"community1\"");
		// gridworker2's grid lies in the other community: none of these ratings
		JsonNode theirHalls = api.as("gridworker2").get("/api/v1/services/ratings/satisfaction?by=HALL").json();
		assertThat(theirHalls.toString()).doesNotContain("金水社区一站式服务大厅");
		assertThat(api.as("community1").get("/api/v1/services/ratings/satisfaction?by=MOON").status()).isEqualTo(400);
		assertThat(api.as("resident1").get("/api/v1/services/ratings/satisfaction").status()).isEqualTo(403);
	}

	private long finishedRequest() {
		long id = requests.record("community1", RequestFixture.CERTIFICATE).path("id").asLong();
		requests.step("community1", id, "start", Map.of());
		requests.step("community1", id, "finish", Map.of("result", "已办结"));
		return id;
	}

	private long othersFinishedRequest() {
		Api.Response r = api.as("community1").post("/api/v1/services/requests", Map.of("itemCode",
				RequestFixture.CERTIFICATE, "residentName", "赵六", "channel", "PHONE"));
		long id = r.json().path("id").asLong();
		requests.step("community1", id, "start", Map.of());
		requests.step("community1", id, "finish", Map.of());
		return id;
	}

	/** A case resident1 reported in gridworker1's grid, walked round the loop to closed. */
	private long closedCase() {
		JsonNode centroid = api.as("gridworker1").get("/api/v1/regions/410105560001001").json().path("centroid");
		Api.Response reported = api.as("resident1").post("/api/v1/cases", Map.of("categoryCode", "E0102",
				"description", "楼道堆放垃圾 " + RequestFixture.marker(), "location",
				Map.of("lat", centroid.path("lat").asDouble(), "lng", centroid.path("lng").asDouble()), "address",
				"如意湖路口", "reporterContact", "13800000000"));
		assertThat(reported.status()).as(reported.body()).isEqualTo(201);
		long id = reported.json().path("id").asLong();
		caseStep("gridworker1", id, "verify", Map.of("note", "现场确认"));
		caseStep("dispatcher", id, "file", Map.of());
		caseStep("dispatcher", id, "dispatch", Map.of("assigneeUnit", "410105560001001", "assigneeUser", "gridworker1"));
		caseStep("gridworker1", id, "accept", Map.of());
		caseStep("gridworker1", id, "handle", Map.of("note", "已清理"));
		caseStep("supervisor", id, "check-pass", Map.of("note", "已核查"));
		return id;
	}

	private void caseStep(String as, long id, String action, Map<String, ?> body) {
		Api.Response r = api.as(as).post("/api/v1/cases/" + id + "/actions/" + action, body);
		assertThat(r.status()).as(action + ": " + r.body()).isEqualTo(200);
	}

	private Api.Response rate(String as, String kind, long id, int score, String comment) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("subjectKind", kind, "subjectId", id, "score", score));
		if (comment != null) {
			body.put("comment", comment);
		}
		return api.as(as).post("/api/v1/services/ratings", body);
	}

	private static String done(long id) {
		return "/api/v1/services/callbacks/" + id + "/done";
	}

	private static JsonNode find(JsonNode items, long id) {
		for (JsonNode n : items) {
			if (n.path("id").asLong() == id) {
				return n;
			}
		}
		return null;
	}
}

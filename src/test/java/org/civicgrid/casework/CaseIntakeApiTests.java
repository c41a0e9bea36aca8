package org.civicgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.casework.CaseApiFixture.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Intake beyond the plain report: a grid worker handles a small matter on the spot (自处置) and it stays checkable;
 * a report like an open one nearby is offered as a duplicate and a dispatcher merges it, its reporter following the
 * surviving case.
 */
class CaseIntakeApiTests extends ApiTest {

	/** 油污路面: a small class no other test reports, so the duplicates found are this test's own. */
	static final String OIL = "E0110";

	CaseApiFixture cases;

	@BeforeEach
	void setUp() {
		cases = new CaseApiFixture(api);
	}

	String report(String category, String description, double lat, double lng, String extra) {
		return """
				{"categoryCode":"%s","description":"%s","location":{"lat":%s,"lng":%s}%s}"""
			.formatted(category, description, lat, lng, extra);
	}

	@Test
	void aGridWorkerHandlesOnTheSpotAndASupervisorCanStillSendItBack() {
		Api.Response r = new Multipart()
			.json("report", report("E0106", "绿地里有塑料袋 " + CaseApiFixture.marker(), cases.lat, cases.lng,
					",\"onTheSpot\":true,\"handlingNote\":\"已随手捡拾\""))
			.file("photos", "before.jpg", "image/jpeg", TestImages.jpeg(400, 300))
			.file("photosAfter", "after.jpg", "image/jpeg", TestImages.jpeg(400, 300))
			.post(api.as("gridworker1"), "/api/v1/cases");
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		JsonNode closed = r.json();
		long id = closed.path("id").asLong();
		assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
		assertThat(closed.path("assigneeUser").asString()).isEqualTo("gridworker1");

		JsonNode history = api.as("supervisor").get("/api/v1/cases/" + id).json().path("history");
		assertThat(CasePhotoApiTests.actions(history)).containsExactly("report", "handle", "close");
		assertThat(history.get(0).path("photos").size()).isEqualTo(1);
		assertThat(history.get(1).path("note").asString()).isEqualTo("已随手捡拾");
		assertThat(history.get(1).path("photos").size()).isEqualTo(1);
		assertThat(history.get(1).path("actor").asString()).isEqualTo("gridworker1");
		assertThat(history.get(2).path("to").asString()).isEqualTo("CLOSED");

		// still checkable: a spot check that fails reopens it as rework for the grid worker
		JsonNode reopened = cases.step("supervisor", id, "check-fail", Map.of("reason", "仍有垃圾"));
		assertThat(reopened.path("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(reopened.path("reworkCount").asInt()).isEqualTo(1);
		JsonNode mine = api.as("gridworker1").get("/api/v1/cases/" + id).json();
		assertThat(strings(mine.path("allowedActions"))).contains("handle");
	}

	@Test
	void onTheSpotNeedsPhotosBeforeAndAfterAndAGridWorkerOfThatGrid() {
		String json = report("E0106", "无照片 " + CaseApiFixture.marker(), cases.lat, cases.lng,
				",\"onTheSpot\":true");
		Api.Response noPhotos = api.as("gridworker1").post("/api/v1/cases", json);
		assertThat(noPhotos.status()).as(noPhotos.body()).isEqualTo(422);
		assertThat(noPhotos.errorFields()).containsExactly("photos", "photosAfter", "handlingNote");

		Api.Response noAfter = new Multipart()
			.json("report", report("E0106", "缺处置后 " + CaseApiFixture.marker(), cases.lat, cases.lng,
					",\"onTheSpot\":true,\"handlingNote\":\"清理\""))
			.file("photos", "before.jpg", "image/jpeg", TestImages.jpeg(40, 30))
			.post(api.as("gridworker1"), "/api/v1/cases");
		assertThat(noAfter.status()).as(noAfter.body()).isEqualTo(422);
		assertThat(noAfter.errorFields()).containsExactly("photosAfter");

		Multipart complete = new Multipart()
			.json("report", report("E0106", "居民自处置 " + CaseApiFixture.marker(), cases.lat, cases.lng,
					",\"onTheSpot\":true,\"handlingNote\":\"清理\""))
			.file("photos", "before.jpg", "image/jpeg", TestImages.jpeg(40, 30))
			.file("photosAfter", "after.jpg", "image/jpeg", TestImages.jpeg(40, 30));
		Api.Response resident = complete.post(api.as("resident1"), "/api/v1/cases");
		assertThat(resident.status()).as(resident.body()).isEqualTo(403);
		assertThat(resident.json().path("type").asString()).endsWith("/forbidden");
		Api.Response otherGrid = complete.post(api.as("gridworker2"), "/api/v1/cases");
		assertThat(otherGrid.status()).as(otherGrid.body()).isEqualTo(403);
		assertThat(otherGrid.json().path("type").asString()).endsWith("/out-of-scope");

		Api.Response afterWithoutOnTheSpot = new Multipart()
			.json("report", report("E0106", "处置后照片 " + CaseApiFixture.marker(), cases.lat, cases.lng, ""))
			.file("photosAfter", "after.jpg", "image/jpeg", TestImages.jpeg(40, 30))
			.post(api.as("gridworker1"), "/api/v1/cases");
		assertThat(afterWithoutOnTheSpot.status()).isEqualTo(422);
		assertThat(afterWithoutOnTheSpot.errorFields()).containsExactly("photosAfter");
	}

	@Test
	void aReportNearAnOpenOneOfTheSameClassIsOfferedAsADuplicateAndMerged() {
		double lat = cases.lat + 0.0001;
		double lng = cases.lng - 0.0001;
		Api.Response first = api.as("gridworker1").post("/api/v1/cases",
				report(OIL, "路面油污 " + CaseApiFixture.marker(), lat, lng, ""));
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		long survivor = first.json().path("id").asLong();
		String survivorNumber = first.json().path("number").asString();

		// about 22 m north: the same problem, reported again by a resident
		Api.Response again = api.as("resident1").post("/api/v1/cases",
				report(OIL, "这里有一大片油 " + CaseApiFixture.marker(), lat + 0.0002, lng, ""));
		assertThat(again.status()).as(again.body()).isEqualTo(201);
		long duplicate = again.json().path("id").asLong();
		assertThat(again.json().path("possibleDuplicates").size()).as("residents are shown no other cases").isZero();

		JsonNode seen = api.as("dispatcher").get("/api/v1/cases/" + duplicate).json();
		JsonNode offered = find(seen.path("possibleDuplicates"), survivor);
		assertThat(offered).as(seen.path("possibleDuplicates").toString()).isNotNull();
		assertThat(offered.path("number").asString()).isEqualTo(survivorNumber);
		assertThat(offered.path("distanceMetres").asInt()).isBetween(18, 26);

		// another small class at the same point is no duplicate; a staff report answers its duplicates at once
		Api.Response other = api.as("gridworker1").post("/api/v1/cases",
				report("E0109", "积水 " + CaseApiFixture.marker(), lat, lng, ""));
		assertThat(find(other.json().path("possibleDuplicates"), survivor)).isNull();
		Api.Response third = api.as("gridworker1").post("/api/v1/cases",
				report(OIL, "油污第三次 " + CaseApiFixture.marker(), lat, lng, ""));
		assertThat(find(third.json().path("possibleDuplicates"), survivor)).isNotNull();
		assertThat(find(third.json().path("possibleDuplicates"), survivor).path("distanceMetres").asInt()).isZero();

		// merging: dispatchers only, into an existing open case, once
		assertThat(cases.act("gridworker1", duplicate, "merge", Map.of("targetId", survivor)).status()).isEqualTo(403);
		Api.Response unknown = cases.act("dispatcher", duplicate, "merge", Map.of("targetId", 999_999_999L));
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.errorFields()).containsExactly("survivor");
		JsonNode merged = cases.step("dispatcher", duplicate, "merge", Map.of("targetId", survivor, "note", "重复上报"));
		assertThat(merged.path("status").asString()).isEqualTo("MERGED");
		assertThat(merged.path("mergedInto").asLong()).isEqualTo(survivor);
		Api.Response replay = cases.act("dispatcher", duplicate, "merge", Map.of("targetId", survivor));
		assertThat(replay.status()).isEqualTo(409);
		assertThat(strings(replay.json().path("allowedActions"))).isEmpty();
		Api.Response intoMerged = cases.act("dispatcher", third.json().path("id").asLong(), "merge",
				Map.of("targetId", duplicate));
		assertThat(intoMerged.status()).isEqualTo(422);
		assertThat(intoMerged.errorFields()).containsExactly("survivor");

		// the survivor lists the merged report, and the resident who reported it follows the survivor
		JsonNode kept = api.as("dispatcher").get("/api/v1/cases/" + survivor).json();
		assertThat(kept.path("mergedReports").get(0).path("id").asLong()).isEqualTo(duplicate);
		Api.Response followed = api.as("resident1").get("/api/v1/cases/" + survivor);
		assertThat(followed.status()).as(followed.body()).isEqualTo(200);
		assertThat(followed.json().path("status").asString()).isEqualTo("REPORTED");
		assertThat(followed.json().path("possibleDuplicates").size()).isZero();
		assertThat(api.as("volunteer1").get("/api/v1/cases/" + survivor).status()).isEqualTo(403);
		assertThat(api.as("dispatcher").get("/api/v1/cases/" + third.json().path("id").asLong()).json()
			.path("possibleDuplicates").toString()).doesNotContain("\"id\":" + duplicate + ",");
	}

	static JsonNode find(JsonNode list, long id) {
		List<JsonNode> found = new ArrayList<>();
		list.forEach(n -> {
			if (n.path("id").asLong() == id) {
				found.add(n);
			}
		});
		return found.isEmpty() ? null : found.get(0);
	}
}

package org.civicgrid.services;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Agency service (帮办代办, 1+1+N) over HTTP: a grid worker starts a matter at the resident's home, records each
 * department it goes through, finishes it; the resident follows it and rates it; others are refused.
 */
class AgencyApiTests extends ApiTest {

	@Autowired
	MovableClock clock;

	@Autowired
	DataSource data;

	@BeforeEach
	void setUp() {
		new RequestFixture(api, data);
	}

	@Test
	void aGridWorkerCarriesAResidentsMatterThroughTheDepartments() {
		clock.stopAt("2026-12-02T10:00");
		Api.Response started = api.as("gridworker1").post("/api/v1/services/agency", Map.of("title", "代办低保申请",
				"itemCode", RequestFixture.ALLOWANCE, "residentName", "王大爷", "residentPhone", "13900000002",
				"residentUsername", "resident1", "atHome", true));
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		JsonNode m = started.json();
		long id = m.path("id").asLong();
		assertThat(m.path("gridWorker").asString()).isEqualTo("gridworker1");
		assertThat(m.path("regionCode").asString()).isEqualTo("410105560001001");
		assertThat(m.path("atHome").asBoolean()).isTrue();
		assertThat(m.path("status").asString()).isEqualTo("OPEN");
		assertThat(m.path("number").asString()).startsWith("DB");

		Api.Response early = api.as("gridworker1").post(path(id) + "/finish", Map.of());
		assertThat(early.status()).isEqualTo(422);
		assertThat(early.errorFields()).containsExactly("steps");
		Api.Response future = api.as("gridworker1").post(path(id) + "/steps",
				Map.of("onDay", "2026-12-09", "department", "街道民政办", "outcome", "已受理"));
		assertThat(future.status()).isEqualTo(422);
		assertThat(future.errorFields()).containsExactly("onDay");
		Api.Response blank = api.as("gridworker1").post(path(id) + "/steps", Map.of("department", ""));
		assertThat(blank.errorFields()).containsExactlyInAnyOrder("department", "outcome");

		api.as("gridworker1").post(path(id) + "/steps", Map.of("department", "街道民政办", "outcome", "材料已递交"));
		JsonNode two = api.as("gridworker1").post(path(id) + "/steps",
				Map.of("department", "区民政局", "outcome", "审核通过", "note", "下月发放")).json();
		assertThat(two.path("steps").size()).isEqualTo(2);
		assertThat(two.path("steps").get(0).path("department").asString()).isEqualTo("街道民政办");
		assertThat(two.path("steps").get(1).path("onDay").asString()).isEqualTo("2026-12-02");

		// the resident follows it, and cannot rate it before it is done
		JsonNode mine = api.as("resident1").get("/api/v1/services/agency/mine").json();
		JsonNode own = null;
		for (JsonNode x : mine) {
			if (x.path("id").asLong() == id) {
				own = x;
			}
		}
		assertThat(own).isNotNull();
		assertThat(own.path("steps").get(1).path("outcome").asString()).isEqualTo("审核通过");
		assertThat(api.as("resident1").post("/api/v1/services/ratings",
				Map.of("subjectKind", "AGENCY", "subjectId", id, "score", 5)).status()).isEqualTo(409);

		JsonNode done = api.as("gridworker1").post(path(id) + "/finish", Map.of("result", "低保已批准")).json();
		assertThat(done.path("status").asString()).isEqualTo("DONE");
		assertThat(api.as("gridworker1").post(path(id) + "/steps", Map.of("department", "x", "outcome", "y")).status())
			.isEqualTo(409);
		Api.Response rated = api.as("resident1").post("/api/v1/services/ratings",
				Map.of("subjectKind", "AGENCY", "subjectId", id, "score", 5, "comment", "网格员很负责"));
		assertThat(rated.status()).as(rated.body()).isEqualTo(201);
		assertThat(rated.json().path("gridWorker").asString()).isEqualTo("gridworker1");
		assertThat(rated.json().path("itemName").asString()).isEqualTo("最低生活保障申请（测试）");
	}

	@Test
	void othersAreRefused() {
		clock.stopAt("2026-12-02T10:00");
		long id = api.as("gridworker1").post("/api/v1/services/agency",
				Map.of("title", "代办残疾证", "residentName", "李奶奶", "atHome", false)).json().path("id").asLong();
		assertThat(api.as("community1").get(path(id)).status()).isEqualTo(200);
		assertThat(api.as("dispatcher").get(path(id)).status()).isEqualTo(200);
		Api.Response other = api.as("gridworker2").get(path(id));
		assertThat(other.status()).isEqualTo(403);
		assertThat(api.as("gridworker2").post(path(id) + "/steps", Map.of("department", "x", "outcome", "y")).status())
			.isEqualTo(403);
		// not linked to resident1's account: as if it did not exist
		assertThat(api.as("resident1").get(path(id)).status()).isEqualTo(404);
		assertThat(api.as("resident1").post("/api/v1/services/agency",
				Map.of("title", "x", "residentName", "我")).status()).isEqualTo(403);
		Api.Response noWorker = api.as("community1").post("/api/v1/services/agency",
				Map.of("title", "代办", "residentName", "某某", "itemCode", "NOPE1"));
		assertThat(noWorker.status()).isEqualTo(422);
		assertThat(noWorker.errorFields()).containsExactlyInAnyOrder("gridWorker", "itemCode");
	}

	private static String path(long id) {
		return "/api/v1/services/agency/" + id;
	}
}

package org.civicgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.casework.CaseApiFixture.strings;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the case API refuses, and how. A case outside the caller's reach is 403 {@code out-of-scope} for reading
 * and acting alike (gridworker2 works in another grid); a role that may not take the step is 403
 * {@code forbidden}; a step the status does not allow is 409 listing the allowed ones. Nothing is written.
 */
class CaseRefusalApiTests extends ApiTest {

	CaseApiFixture cases;

	@BeforeEach
	void setUp() {
		cases = new CaseApiFixture(api);
	}

	@Test
	void aGridWorkerOfAnotherGridCannotSeeOrActOnTheCase() {
		long id = cases.reportAs("resident1", "路灯不亮 " + CaseApiFixture.marker()).path("id").asLong();
		var read = api.as("gridworker2").get("/api/v1/cases/" + id);
		assertThat(read.status()).isEqualTo(403);
		assertThat(read.json().path("type").asString()).endsWith("/out-of-scope");
		var act = cases.act("gridworker2", id, "verify", Map.of());
		assertThat(act.status()).isEqualTo(403);
		assertThat(act.json().path("type").asString()).endsWith("/out-of-scope");
		assertThat(cases.historyLength("resident1", id)).isEqualTo(1);
	}

	@Test
	void aResidentCannotDispatch() {
		long id = cases.reportAs("resident1", "占道经营 " + CaseApiFixture.marker()).path("id").asLong();
		cases.step("gridworker1", id, "verify", Map.of());
		cases.step("dispatcher", id, "file", Map.of());
		var r = cases.act("resident1", id, "dispatch", Map.of("assigneeUnit", CaseApiFixture.GRID));
		assertThat(r.status()).isEqualTo(403);
		assertThat(r.json().path("type").asString()).endsWith("/forbidden");
		assertThat(api.as("resident1").get("/api/v1/cases/" + id).json().path("status").asString()).isEqualTo("FILED");
	}

	@Test
	void anIllegalActionIsAConflictListingTheAllowedOnes() {
		long id = cases.reportAs("resident1", "广告乱贴 " + CaseApiFixture.marker()).path("id").asLong();
		var r = cases.act("dispatcher", id, "dispatch", Map.of("assigneeUnit", CaseApiFixture.GRID));
		assertThat(r.status()).isEqualTo(409);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(r.json().path("type").asString()).endsWith("/conflict");
		assertThat(strings(r.json().path("allowedActions"))).containsExactly("verify", "dismiss", "instruct", "merge");
		assertThat(r.json().path("detail").asString()).contains("verify, dismiss, instruct, merge").contains("已上报")
			.doesNotContain("REPORTED");
		assertThat(cases.historyLength("dispatcher", id)).isEqualTo(1);
	}

	@Test
	void anUnknownActionIsABadRequestListingTheValidOnes() {
		long id = cases.reportAs("resident1", "树木倒伏 " + CaseApiFixture.marker()).path("id").asLong();
		var r = cases.act("dispatcher", id, "fly", Map.of());
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.errorFields()).containsExactly("action");
		assertThat(r.json().path("errors").get(0).path("message").asString()).contains("fly").contains("check-pass");
	}

	@Test
	void aMissingDispatchAssigneeIsNamed() {
		long id = cases.reportAs("resident1", "积水 " + CaseApiFixture.marker()).path("id").asLong();
		cases.step("gridworker1", id, "verify", Map.of());
		cases.step("dispatcher", id, "file", Map.of());
		var r = cases.act("dispatcher", id, "dispatch", Map.of("note", "no one"));
		assertThat(r.status()).isEqualTo(422);
		assertThat(r.errorFields()).containsExactly("assignee");
		assertThat(cases.historyLength("dispatcher", id)).isEqualTo(3);
	}

	@Test
	void anUnknownCaseIsNotFound() {
		assertThat(api.as("dispatcher").get("/api/v1/cases/999999999").status()).isEqualTo(404);
		assertThat(cases.act("dispatcher", 999999999, "file", Map.of()).status()).isEqualTo(404);
	}

	@Test
	void aReportOutsideTheDistrictIsRefusedNamingTheLocation() {
		var r = api.as("resident1").post("/api/v1/cases", Map.of("categoryCode", "E0102", "description", "北京",
				"location", Map.of("lat", 39.9, "lng", 116.4)));
		assertThat(r.status()).isEqualTo(422);
		assertThat(r.errorFields()).containsExactly("location");
		assertThat(r.json().path("errors").get(0).path("message").asString()).contains("不在本辖区任何网格内");
		var en = api.as("resident1").inEnglish().post("/api/v1/cases", Map.of("categoryCode", "E0102",
				"description", "Beijing", "location", Map.of("lat", 39.9, "lng", 116.4)));
		assertThat(en.json().path("errors").get(0).path("message").asString()).contains("lies in no grid");
	}

	@Test
	void anUnknownCategoryIsRefusedNamingIt() {
		var body = new HashMap<>(cases.report("不明"));
		body.put("categoryCode", "X9999");
		var r = api.as("resident1").post("/api/v1/cases", body);
		assertThat(r.status()).isEqualTo(422);
		assertThat(r.errorFields()).containsExactly("categoryCode");
	}

	@Test
	void aMissingDescriptionIsRefusedNamingIt() {
		var body = new HashMap<>(cases.report("x"));
		body.remove("description");
		var r = api.as("resident1").post("/api/v1/cases", body);
		assertThat(r.status()).isEqualTo(422);
		assertThat(r.errorFields()).containsExactly("description");
	}

	@Test
	void malformedJsonIsABadRequest() {
		var r = api.as("resident1").send("POST", "/api/v1/cases", "application/json",
				"{\"categoryCode\": \"E0102\", ".getBytes(StandardCharsets.UTF_8));
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().path("type").asString()).endsWith("/malformed-body");
	}

	@Test
	void anHtmlDescriptionComesBackExactlyAsSent() {
		String html = "<script>alert('x')</script><b>垃圾</b> & \"引号\" " + CaseApiFixture.marker();
		long id = cases.reportAs("resident1", html).path("id").asLong();
		var detail = api.as("resident1").get("/api/v1/cases/" + id).json();
		assertThat(detail.path("description").asString()).isEqualTo(html);
		assertThat(detail.path("history").get(0).path("note").asString()).isEqualTo(html);
	}

	@Test
	void reportingNeedsASignedInCaller() {
		assertThat(api.post("/api/v1/cases", cases.report("anonymous")).status()).isEqualTo(401);
	}
}

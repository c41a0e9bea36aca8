package org.civicgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.civicgrid.casework.CaseApiFixture.ids;

import java.util.HashMap;
import java.util.Map;

import org.civicgrid.shared.geo.ChinaCoordinates;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reach beyond region scope: department handlers work on what is assigned to their unit wherever it lies, staff
 * report only inside their scope, and a phone map's GCJ-02 point finds the same grid.
 */
class CaseReachApiTests extends ApiTest {

	CaseApiFixture cases;

	@BeforeEach
	void setUp() {
		cases = new CaseApiFixture(api);
	}

	@Test
	void aDepartmentHandlerSeesAndActsOnlyOnCasesAssignedToTheirUnit() {
		String marker = CaseApiFixture.marker();
		long id = cases.reportAs("resident1", "管道破裂 " + marker).path("id").asLong();
		cases.step("gridworker1", id, "verify", Map.of());
		cases.step("dispatcher", id, "file", Map.of());
		assertThat(api.as("handler").get("/api/v1/cases/" + id).status()).isEqualTo(403);
		assertThat(ids(api.as("handler").get("/api/v1/cases?text=" + marker).json())).isEmpty();

		cases.step("dispatcher", id, "dispatch", Map.of("assigneeLevel", "DEPARTMENT", "assigneeUnit", "CGZF"));
		assertThat(api.as("handler").get("/api/v1/cases/" + id).status()).isEqualTo(200);
		assertThat(ids(api.as("handler").get("/api/v1/cases?text=" + marker).json())).containsExactly(id);
		assertThat(cases.step("handler", id, "accept", Map.of()).path("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(cases.act("gridworker1", id, "handle", Map.of("note", "not mine")).status()).isEqualTo(403);
	}

	@Test
	void staffReportOnlyInsideTheirScope() {
		var r = api.as("gridworker2").post("/api/v1/cases", cases.report("别的网格 " + CaseApiFixture.marker()));
		assertThat(r.status()).isEqualTo(403);
		assertThat(r.json().path("type").asString()).endsWith("/out-of-scope");
	}

	@Test
	void aHotlineCallTakenByTheDispatcherKeepsItsChannel() {
		var body = new HashMap<>(cases.report("热线来电 " + CaseApiFixture.marker()));
		body.put("channel", "HOTLINE");
		var r = api.as("dispatcher").post("/api/v1/cases", body);
		assertThat(r.status()).isEqualTo(201);
		assertThat(r.json().path("channel").asString()).isEqualTo("HOTLINE");
		assertThat(r.headers().get("location")).endsWith("/api/v1/cases/" + r.json().path("id").asLong());
	}

	@Test
	void aPhoneMapPointInGcj02FindsTheSameGrid() {
		double[] gcj = ChinaCoordinates.toGcj02(cases.lat, cases.lng);
		var r = api.as("resident1").post("/api/v1/cases", Map.of("categoryCode", "E0102", "description",
				"手机定位 " + CaseApiFixture.marker(), "location", Map.of("lat", gcj[0], "lng", gcj[1], "crs", "gcj02")));
		assertThat(r.status()).isEqualTo(201);
		assertThat(r.json().path("gridCode").asString()).isEqualTo(CaseApiFixture.GRID);
		assertThat(r.json().path("lat").asDouble()).isCloseTo(cases.lat, offset(1e-5));
	}
}

package org.civicgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.casework.CaseApiFixture.ids;

import java.util.Map;

import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The case list is bounded by who asks: staff by region, residents by what they reported. */
class CaseListApiTests extends ApiTest {

	CaseApiFixture cases;

	@BeforeEach
	void setUp() {
		cases = new CaseApiFixture(api);
	}

	@Test
	void theDispatcherFindsAFiledCaseAndAGridWorkerOfAnotherGridDoesNot() {
		String marker = CaseApiFixture.marker();
		long id = cases.reportAs("resident1", "违章搭建 " + marker).path("id").asLong();
		cases.step("gridworker1", id, "verify", Map.of());
		cases.step("dispatcher", id, "file", Map.of());

		JsonNode filed = api.as("dispatcher").get("/api/v1/cases?status=FILED&size=500&text=" + marker).json();
		assertThat(ids(filed)).containsExactly(id);
		assertThat(filed.path("total").asLong()).isEqualTo(1);
		assertThat(ids(api.as("dispatcher").get("/api/v1/cases?status=REPORTED&text=" + marker).json())).isEmpty();
		assertThat(ids(api.as("dispatcher").get("/api/v1/cases?status=FILED&size=500").json())).contains(id);
		assertThat(ids(api.as("gridworker1").get("/api/v1/cases?text=" + marker).json())).containsExactly(id);
		assertThat(ids(api.as("gridworker2").get("/api/v1/cases?size=500").json())).doesNotContain(id);
		assertThat(ids(api.as("gridworker2").get("/api/v1/cases?text=" + marker).json())).isEmpty();
	}

	@Test
	void filtersByRegionCategoryAssigneeAndColour() {
		String marker = CaseApiFixture.marker();
		long id = cases.reportAs("resident1", "垃圾 " + marker).path("id").asLong();
		cases.step("gridworker1", id, "verify", Map.of());
		cases.step("dispatcher", id, "file", Map.of());
		JsonNode dispatched = cases.step("dispatcher", id, "dispatch",
				Map.of("assigneeUnit", CaseApiFixture.GRID, "assigneeUser", "gridworker1"));
		String colour = dispatched.path("colour").asString();
		String q = "/api/v1/cases?text=" + marker;
		assertThat(ids(api.as("supervisor").get(q + "&region=410105560001").json())).containsExactly(id);
		assertThat(ids(api.as("supervisor").get(q + "&region=410105560002").json())).isEmpty();
		assertThat(ids(api.as("supervisor").get(q + "&category=E0102").json())).containsExactly(id);
		assertThat(ids(api.as("supervisor").get(q + "&category=C01").json())).isEmpty();
		assertThat(ids(api.as("supervisor").get(q + "&assignee=gridworker1").json())).containsExactly(id);
		assertThat(ids(api.as("supervisor").get(q + "&colour=" + colour).json())).containsExactly(id);
		assertThat(ids(api.as("supervisor").get(q + "&from=2000-01-01&to=2999-12-31").json())).containsExactly(id);
		assertThat(ids(api.as("supervisor").get(q + "&to=2000-01-01").json())).isEmpty();
	}

	@Test
	void aResidentSeesOnlyTheCasesTheyReported() {
		String marker = CaseApiFixture.marker();
		long own = cases.reportAs("resident1", "噪音 " + marker).path("id").asLong();
		long hotline = cases.reportAs("dispatcher", "热线：噪音 " + marker).path("id").asLong();
		JsonNode page = api.as("resident1").get("/api/v1/cases?size=500").json();
		assertThat(ids(page)).contains(own).doesNotContain(hotline);
		page.path("items").forEach(item -> assertThat(item.path("reporter").asString()).isEqualTo("resident1"));
		assertThat(api.as("resident1").get("/api/v1/cases/" + hotline).status()).isEqualTo(403);
		assertThat(ids(api.as("dispatcher").get("/api/v1/cases?text=" + marker).json())).contains(own, hotline);
	}

	@Test
	void aBadFilterValueIsABadRequest() {
		var r = api.as("dispatcher").get("/api/v1/cases?status=OPEN");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.errorFields()).containsExactly("status");
		assertThat(api.as("dispatcher").get("/api/v1/cases?size=0").status()).isEqualTo(400);
	}
}

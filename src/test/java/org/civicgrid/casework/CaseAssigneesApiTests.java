package org.civicgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The assignee picker's data ({@code GET /api/v1/cases/{id}/assignees}): the units that may take the case inside the
 * caller's scope (the case's grid, community and street; the departments serving it) with the staff answering there,
 * and the form's default, the grid and its grid worker. Refused to residents (403 forbidden) and to staff who do not
 * see the case (403 out-of-scope), each with a problem body.
 */
class CaseAssigneesApiTests extends ApiTest {

	static final String COMMUNITY = "410105560001";
	static final String STREET = "410105560";

	CaseApiFixture cases;

	@BeforeEach
	void setUp() {
		cases = new CaseApiFixture(api);
	}

	@Test
	void theDispatcherIsOfferedTheCasesGridCommunityStreetAndDepartmentsWithTheGridWorkerPreselected() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String extra = account("agw-pick-" + suffix, "网格员测试" + suffix, "GRID_WORKER", CaseApiFixture.GRID);
		String resident = account("res-pick-" + suffix, "居民测试" + suffix, "RESIDENT", COMMUNITY);
		long id = filed("占道经营 " + CaseApiFixture.marker());

		Api.Response r = api.as("dispatcher").get("/api/v1/cases/" + id + "/assignees?action=dispatch");
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		JsonNode body = r.json();
		assertThat(body.path("caseId").asLong()).isEqualTo(id);
		assertThat(body.path("action").asString()).isEqualTo("dispatch");
		assertThat(body.path("preselected").path("level").asString()).isEqualTo("GRID");
		assertThat(body.path("preselected").path("unit").asString()).isEqualTo(CaseApiFixture.GRID);
		// the account named as on the grid's contact card, whoever else works there
		assertThat(body.path("preselected").path("user").asString()).isEqualTo("gridworker1");

		List<String> regionUnits = new ArrayList<>();
		body.path("units").forEach(u -> {
			if (!"DEPARTMENT".equals(u.path("level").asString())) {
				regionUnits.add(u.path("level").asString() + " " + u.path("code").asString());
			}
		});
		// the district (410105) lies outside the street dispatcher's scope; other grids cannot hold the case
		assertThat(regionUnits).containsExactly("GRID " + CaseApiFixture.GRID, "COMMUNITY " + COMMUNITY,
				"STREET " + STREET);
		JsonNode grid = unit(body, CaseApiFixture.GRID);
		assertThat(grid.path("name").asString()).isNotBlank().doesNotContain("410105");
		assertThat(usernames(grid)).contains("gridworker1", extra).doesNotContain("gridworker2", resident);
		JsonNode worker = person(grid, "gridworker1");
		assertThat(worker.path("role").asString()).isEqualTo("GRID_WORKER");
		assertThat(worker.path("displayName").asString()).isNotBlank();
		assertThat(person(grid, extra).path("displayName").asString()).isEqualTo("网格员测试" + suffix);
		assertThat(usernames(unit(body, COMMUNITY))).contains("community1").doesNotContain(resident, "volunteer1");
		// the street's desk answers at the street; its supervisor checks, and is not dispatched to
		assertThat(usernames(unit(body, STREET))).contains("dispatcher").doesNotContain("supervisor", "leader");
		JsonNode cityManagement = unit(body, "CGZF");
		assertThat(cityManagement.path("level").asString()).isEqualTo("DEPARTMENT");
		assertThat(cityManagement.path("name").asString()).isEqualTo("区城管执法局");
		assertThat(usernames(cityManagement)).containsExactly("handler");
		assertThat(body.has("byLevel")).isFalse();
	}

	@Test
	void anEscalationOffersOnlyTheLevelsAboveAndTheRulesNextLevel() {
		long id = filed("井盖缺失 " + CaseApiFixture.marker());
		cases.step("dispatcher", id, "dispatch", Map.of("assigneeUnit", CaseApiFixture.GRID, "assigneeUser",
				"gridworker1"));

		JsonNode desk = api.as("dispatcher").get("/api/v1/cases/" + id + "/assignees?action=escalate").json();
		assertThat(desk.path("preselected").isNull() || desk.path("preselected").isMissingNode()).isTrue();
		assertThat(desk.path("automatic").path("level").asString()).as(desk.toString()).isEqualTo("COMMUNITY");
		assertThat(desk.path("automatic").path("code").asString()).isEqualTo(COMMUNITY);
		assertThat(desk.path("automatic").path("name").asString()).isNotBlank();
		List<String> levels = new ArrayList<>();
		desk.path("units").forEach(u -> levels.add(u.path("level").asString()));
		assertThat(levels).doesNotContain("GRID").contains("COMMUNITY", "STREET", "DEPARTMENT");

		// the grid worker's scope is their grid: nothing above it is theirs to name, the rule's next level is
		JsonNode worker = api.as("gridworker1").get("/api/v1/cases/" + id + "/assignees?action=escalate").json();
		List<String> workerLevels = new ArrayList<>();
		worker.path("units").forEach(u -> workerLevels.add(u.path("level").asString()));
		assertThat(workerLevels).containsOnly("DEPARTMENT");
		assertThat(worker.path("automatic").path("code").asString()).isEqualTo(COMMUNITY);
	}

	@Test
	void aResidentIsRefusedThePickerEvenForTheirOwnReport() {
		long id = cases.reportAs("resident1", "路灯不亮 " + CaseApiFixture.marker()).path("id").asLong();
		Api.Response r = api.as("resident1").get("/api/v1/cases/" + id + "/assignees");
		assertThat(r.status()).isEqualTo(403);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(r.json().path("type").asString()).endsWith("/forbidden");
		assertThat(r.body()).doesNotContain("gridworker1").doesNotContain(CaseApiFixture.GRID);
	}

	@Test
	void staffWhoDoNotSeeTheCaseAreRefusedItsPicker() {
		long id = filed("广告乱贴 " + CaseApiFixture.marker());
		Api.Response r = api.as("gridworker2").get("/api/v1/cases/" + id + "/assignees?action=dispatch");
		assertThat(r.status()).isEqualTo(403);
		assertThat(r.json().path("type").asString()).endsWith("/out-of-scope");
		assertThat(r.json().path("detail").asString()).contains(String.valueOf(id));
		assertThat(r.body()).doesNotContain("gridworker1").doesNotContain("community1").doesNotContain("CGZF");
	}

	@Test
	void anActionThatNamesNoAssigneeIsABadRequestOnTheActionAndAnUnknownCaseIsNotFound() {
		long id = filed("积水 " + CaseApiFixture.marker());
		Api.Response verify = api.as("dispatcher").get("/api/v1/cases/" + id + "/assignees?action=verify");
		assertThat(verify.status()).isEqualTo(400);
		assertThat(verify.errorFields()).containsExactly("action");
		assertThat(verify.json().path("errors").get(0).path("message").asString()).contains("verify").contains("派遣");
		Api.Response unknown = api.as("dispatcher").get("/api/v1/cases/99999999/assignees");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().path("type").asString()).endsWith("/not-found");
	}

	private long filed(String description) {
		long id = cases.reportAs("resident1", description).path("id").asLong();
		cases.step("gridworker1", id, "verify", Map.of());
		cases.step("dispatcher", id, "file", Map.of());
		return id;
	}

	private String account(String username, String displayName, String role, String region) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("username", username);
		body.put("displayName", displayName);
		body.put("password", "test-password-1");
		body.put("role", role);
		body.put("regionCode", region);
		Api.Response r = api.as("admin").post("/api/v1/accounts", body);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return username;
	}

	private static JsonNode unit(JsonNode body, String code) {
		for (JsonNode u : body.path("units")) {
			if (code.equals(u.path("code").asString())) {
				return u;
			}
		}
		throw new AssertionError("no unit " + code + " in " + body);
	}

	private static JsonNode person(JsonNode unit, String username) {
		for (JsonNode p : unit.path("people")) {
			if (username.equals(p.path("username").asString())) {
				return p;
			}
		}
		throw new AssertionError("no " + username + " in " + unit);
	}

	private static List<String> usernames(JsonNode unit) {
		List<String> names = new ArrayList<>();
		unit.path("people").forEach(p -> names.add(p.path("username").asString()));
		return names;
	}
}

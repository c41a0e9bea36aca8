package org.civicgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.casework.CaseApiFixture.ids;

import java.util.List;
import java.util.Map;

import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Departments (职能部门) receive cases: a dispatch names a known department serving the case's grid, and a
 * handler sees and acts on their own department's cases only, never another department's.
 */
class DepartmentApiTests extends ApiTest {

	CaseApiFixture cases;

	@BeforeEach
	void setUp() {
		cases = new CaseApiFixture(api);
	}

	@Test
	void staffListTheDepartmentsWithTheirHandlers() {
		var r = api.as("dispatcher").get("/api/v1/cases/departments");
		assertThat(r.status()).isEqualTo(200);
		JsonNode cgzf = find(r.json(), "CGZF");
		assertThat(cgzf.path("name").asString()).isEqualTo("区城管执法局");
		assertThat(CaseApiFixture.strings(cgzf.path("handlers"))).contains("handler");
		assertThat(find(r.json(), "SCJG").path("name").asString()).isEqualTo("市场监管所");
		assertThat(api.as("resident1").get("/api/v1/cases/departments").status()).isEqualTo(403);
		assertThat(api.as("volunteer1").get("/api/v1/cases/departments").status()).isEqualTo(403);
	}

	@Test
	void onlyAdminsAddDepartmentsAndWrongFieldsAreNamed() {
		String code = "T" + CaseApiFixture.marker().toUpperCase();
		Map<String, Object> body = Map.of("code", code, "name", "测试局" + code, "regionCode", "410105");
		for (String who : List.of("leader", "dispatcher", "handler", "gridworker1", "resident1")) {
			assertThat(api.as(who).post("/api/v1/cases/departments", body).status()).as(who).isEqualTo(403);
		}
		var bad = api.as("admin").post("/api/v1/cases/departments",
				Map.of("code", "lower case", "name", "区城管执法局", "regionCode", "41"));
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.errorFields()).containsExactlyInAnyOrder("code", "name", "regionCode");
		assertThat(api.as("admin").post("/api/v1/cases/departments", body).status()).isEqualTo(201);
		assertThat(api.as("admin").post("/api/v1/cases/departments", body).status()).isEqualTo(409);
	}

	@Test
	void aDispatchNamesAKnownDepartmentServingTheGrid() {
		long id = filedCase("未知部门 ");
		var unknown = cases.act("dispatcher", id, "dispatch", Map.of("assigneeLevel", "DEPARTMENT", "assigneeUnit", "NOPE"));
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.errorFields()).containsExactly("assigneeUnit");
		assertThat(unknown.body()).contains("NOPE");

		String elsewhere = "T" + CaseApiFixture.marker().toUpperCase();
		assertThat(api.as("admin").post("/api/v1/cases/departments",
				Map.of("code", elsewhere, "name", "别处的局" + elsewhere, "regionCode", "410105561")).status())
			.isEqualTo(201);
		var outside = cases.act("dispatcher", id, "dispatch", Map.of("assigneeLevel", "DEPARTMENT", "assigneeUnit", elsewhere));
		assertThat(outside.status()).isEqualTo(422);
		assertThat(outside.errorFields()).containsExactly("assigneeUnit");
		assertThat(cases.historyLength("dispatcher", id)).isEqualTo(3);
	}

	@Test
	void aHandlerOfAnotherDepartmentIsRefused() {
		String code = "T" + CaseApiFixture.marker().toUpperCase();
		String username = "t-handler-" + code.toLowerCase();
		var account = api.as("admin").post("/api/v1/accounts", Map.of("username", username, "displayName", "市场监管办件员",
				"password", "test-password-1", "role", "DEPARTMENT_HANDLER", "regionCode", "410105"));
		assertThat(account.status()).as(account.body()).isEqualTo(201);
		var dept = api.as("admin").post("/api/v1/cases/departments",
				Map.of("code", code, "name", "测试监管所" + code, "regionCode", "410105560", "handlers", List.of(username)));
		assertThat(dept.status()).as(dept.body()).isEqualTo(201);
		Api other = api.withToken(api.tokenFor(username, "test-password-1"));

		String marker = CaseApiFixture.marker();
		long id = filedCase("部门之间 " + marker);
		cases.step("dispatcher", id, "dispatch", Map.of("assigneeLevel", "DEPARTMENT", "assigneeUnit", code));

		assertThat(api.as("handler").get("/api/v1/cases/" + id).status()).isEqualTo(403);
		assertThat(ids(api.as("handler").get("/api/v1/cases?text=" + marker).json())).isEmpty();
		assertThat(cases.act("handler", id, "accept", Map.of()).status()).isEqualTo(403);

		assertThat(other.get("/api/v1/cases/" + id).status()).isEqualTo(200);
		assertThat(ids(other.get("/api/v1/cases?text=" + marker).json())).containsExactly(id);
		var accepted = other.post("/api/v1/cases/" + id + "/actions/accept", Map.of());
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().path("status").asString()).isEqualTo("IN_PROGRESS");
	}

	private long filedCase(String description) {
		long id = cases.reportAs("resident1", description + CaseApiFixture.marker()).path("id").asLong();
		cases.step("gridworker1", id, "verify", Map.of());
		cases.step("dispatcher", id, "file", Map.of());
		return id;
	}

	private static JsonNode find(JsonNode list, String code) {
		for (JsonNode item : list) {
			if (item.path("code").asString().equals(code)) {
				return item;
			}
		}
		throw new AssertionError("no department " + code);
	}
}

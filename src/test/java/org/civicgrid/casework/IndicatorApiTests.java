package org.civicgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Indicators over a deterministic set: five cases reported in a grid no other test uses, dispatched to a department
 * of this test's own and driven through the loop; the numbers are asserted exactly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorApiTests extends ApiTest {

	static final String GRID = "410105560008005";

	String department;
	String handler;
	Api handlerApi;

	@BeforeAll
	void driveFiveCasesThroughTheLoop() {
		api = Api.on(port);
		department = "I" + CaseApiFixture.marker().toUpperCase();
		handler = "t-ind-" + department.toLowerCase();
		var account = api.as("admin").post("/api/v1/accounts", Map.of("username", handler, "displayName", "指标办件员",
				"password", "test-password-1", "role", "DEPARTMENT_HANDLER", "regionCode", "410105"));
		assertThat(account.status()).as(account.body()).isEqualTo(201);
		assertThat(api.as("admin").post("/api/v1/cases/departments", Map.of("code", department, "name",
				"指标测试局" + department, "handlers", List.of(handler))).status()).isEqualTo(201);
		handlerApi = api.withToken(api.tokenFor(handler, "test-password-1"));

		JsonNode centroid = api.as("dispatcher").get("/api/v1/regions/" + GRID).json().path("centroid");
		assertThat(centroid.isMissingNode()).as("grid %s exists", GRID).isFalse();
		Map<String, Object> report = Map.of("categoryCode", "E0102", "description", "指标 " + CaseApiFixture.marker(),
				"location", Map.of("lat", centroid.path("lat").asDouble(), "lng", centroid.path("lng").asDouble()));

		long a = dispatched(report);
		step(handlerApi, a, "accept", Map.of());
		step(handlerApi, a, "handle", Map.of("note", "已清理"));
		step(api.as("supervisor"), a, "check-pass", Map.of());
		step(api.as("resident1"), a, "rate", Map.of("score", 5));

		long b = dispatched(report);
		step(handlerApi, b, "accept", Map.of());
		step(handlerApi, b, "handle", Map.of("note", "已清理"));
		step(api.as("supervisor"), b, "check-fail", Map.of("reason", "仍有残留"));
		step(handlerApi, b, "handle", Map.of("note", "再次清理"));
		step(api.as("supervisor"), b, "check-pass", Map.of());
		step(api.as("resident1"), b, "rate", Map.of("score", 3));

		long c = dispatched(report);
		step(handlerApi, c, "accept", Map.of());
		step(handlerApi, c, "request-extension", Map.of("reason", "需要调车", "extension", "2wd"));
		step(api.as("dispatcher"), c, "approve-extension", Map.of());

		dispatched(report);
		long reportedOnly = created(report);
		assertThat(reportedOnly).isPositive();
	}

	@Test
	void aDepartmentsIndicatorsAreExact() {
		JsonNode r = get(api.as("dispatcher"), "groupBy=department&region=" + GRID);
		assertThat(r.path("groupBy").asString()).isEqualTo("DEPARTMENT");
		JsonNode row = group(r, department);
		assertThat(row.path("name").asString()).isEqualTo("指标测试局" + department);
		assertThat(row.path("filed").asLong()).isEqualTo(4);
		assertThat(row.path("closed").asLong()).isEqualTo(2);
		assertThat(row.path("closedOnTime").asLong()).isEqualTo(2);
		assertThat(row.path("dispatched").asLong()).isEqualTo(4);
		assertThat(row.path("reworked").asLong()).isEqualTo(1);
		assertThat(row.path("extended").asLong()).isEqualTo(1);
		assertThat(row.path("closureRate").asDouble()).isEqualTo(0.5);
		assertThat(row.path("onTimeClosureRate").asDouble()).isEqualTo(0.5);
		assertThat(row.path("reworkRate").asDouble()).isEqualTo(0.25);
		assertThat(row.path("extensionRate").asDouble()).isEqualTo(0.25);
		assertThat(row.path("satisfaction").asDouble()).isEqualTo(4.0);
		assertThat(row.path("rated").asLong()).isEqualTo(2);
		assertThat(row.path("averageHandlingHours").asDouble()).isBetween(0.0, 1.0);
		// 20 % filed (the busiest group: 100) + 30 % closure 50 + 40 % on time 50 + 10 % satisfaction 4/5 = 63
		assertThat(row.path("compositeScore").asDouble()).isEqualTo(63.0);
		assertThat(row.path("grade").asString()).isEqualTo("C");
		assertThat(r.path("total").path("filed").asLong()).isEqualTo(4);
		assertThat(r.path("weights").path("onTimeClosure").asInt()).isEqualTo(40);
	}

	@Test
	void byRegionTheGridCountsTheCaseStillWaitingToBeFiled() {
		JsonNode r = get(api.as("dispatcher"), "groupBy=region&region=410105560008");
		JsonNode row = group(r, GRID);
		assertThat(row.path("filed").asLong()).isGreaterThanOrEqualTo(4);
		assertThat(row.path("name").asString()).isNotBlank();
		assertThat(row.path("key").asString()).hasSize(15);
		JsonNode street = get(api.as("dispatcher"), "");
		assertThat(street.path("region").asString()).isEqualTo("410105560");
		street.path("groups").forEach(g -> assertThat(g.path("key").asString()).hasSize(12).startsWith("410105560"));
	}

	@Test
	void byPersonAndForTheHandlerThemself() {
		JsonNode mine = get(handlerApi, "groupBy=department");
		assertThat(mine.path("groups").size()).isEqualTo(1);
		assertThat(group(mine, department).path("filed").asLong()).isEqualTo(4);
		JsonNode other = get(api.as("handler"), "groupBy=department");
		other.path("groups").forEach(g -> assertThat(g.path("key").asString()).isNotEqualTo(department));
	}

	@Test
	void refusalsAndBadParameters() {
		assertThat(api.as("resident1").get("/api/v1/cases/indicators").status()).isEqualTo(403);
		assertThat(api.as("volunteer1").get("/api/v1/cases/indicators").status()).isEqualTo(403);
		var outOfScope = api.as("gridworker1").get("/api/v1/cases/indicators?region=410105560");
		assertThat(outOfScope.status()).isEqualTo(403);
		assertThat(outOfScope.json().path("type").asString()).endsWith("/out-of-scope");
		assertThat(api.get("/api/v1/cases/indicators").status()).isEqualTo(401);

		var badGroup = api.as("dispatcher").get("/api/v1/cases/indicators?groupBy=weather");
		assertThat(badGroup.status()).isEqualTo(400);
		assertThat(badGroup.errorFields()).containsExactly("groupBy");
		var backwards = api.as("dispatcher").get("/api/v1/cases/indicators?from=2026-02-01&to=2026-01-01");
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.errorFields()).containsExactly("from");
		var badRegion = api.as("dispatcher").get("/api/v1/cases/indicators?region=41x");
		assertThat(badRegion.status()).isEqualTo(400);
		assertThat(badRegion.errorFields()).containsExactly("region");
		assertThat(api.as("dispatcher").get("/api/v1/cases/indicators?from=yesterday").status()).isEqualTo(400);
	}

	@Test
	void theTableExportsToExcel() throws IOException {
		HttpResponse<byte[]> r = api.as("dispatcher")
			.getBytes("/api/v1/cases/indicators/export.xlsx?groupBy=department&region=" + GRID);
		assertThat(r.statusCode()).isEqualTo(200);
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("单位/人员");
			assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("综合指标值");
			boolean found = false;
			for (var row : sheet) {
				if (row.getCell(0).getStringCellValue().startsWith(department)) {
					found = true;
					assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(4.0);
					assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(63.0);
				}
			}
			assertThat(found).isTrue();
		}
		assertThat(api.as("resident1").getBytes("/api/v1/cases/indicators/export.xlsx").statusCode()).isEqualTo(403);
	}

	private long created(Map<String, Object> report) {
		var r = api.as("resident1").post("/api/v1/cases", report);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().path("id").asLong();
	}

	private long dispatched(Map<String, Object> report) {
		long id = created(report);
		step(api.as("supervisor"), id, "verify", Map.of());
		step(api.as("dispatcher"), id, "file", Map.of());
		step(api.as("dispatcher"), id, "dispatch", Map.of("assigneeLevel", "DEPARTMENT", "assigneeUnit", department));
		return id;
	}

	private static void step(Api as, long id, String action, Map<String, Object> body) {
		var r = as.post("/api/v1/cases/" + id + "/actions/" + action, body);
		assertThat(r.status()).as(action + ": " + r.body()).isEqualTo(200);
	}

	private static JsonNode get(Api as, String query) {
		var r = as.get("/api/v1/cases/indicators" + (query.isEmpty() ? "" : "?" + query));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json();
	}

	private static JsonNode group(JsonNode report, String key) {
		for (JsonNode g : report.path("groups")) {
			if (g.path("key").asString().equals(key)) {
				return g;
			}
		}
		throw new AssertionError("no group " + key + " in " + report);
	}
}

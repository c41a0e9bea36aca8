package org.civicgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The catalog in the database: seeded from the default file, read by everybody, changed by admins only, checked
 * field by field, and round-tripped through Excel all or nothing; intake and deadlines use what admins saved.
 */
class CategoryApiTests extends ApiTest {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Small classes of big class 98 only these tests use, one per test. */
	private static final AtomicInteger SMALL = new AtomicInteger(10);

	static String freshCode() {
		return "E98%02d".formatted(SMALL.incrementAndGet());
	}

	static Map<String, Object> category(String code) {
		Map<String, Object> body = new HashMap<>();
		body.put("code", code);
		body.put("bigName", "测试大类");
		body.put("smallName", "测试小类" + code);
		body.put("filingStandard", "发现即立案");
		body.put("timeLimit", "2wd");
		body.put("closingStandard", "处置完毕");
		body.put("responsibleUnits", List.of("CGZF", "ZJJ"));
		return body;
	}

	@Test
	void theDefaultCatalogIsSeededIntoTheTableWithDepartmentCodes() {
		JsonNode list = api.as("resident1").get("/api/v1/cases/categories").json();
		JsonNode e0102 = find(list, "E0102");
		assertThat(e0102.path("bigName").asString()).isEqualTo("市容环境");
		assertThat(e0102.path("smallName").asString()).isEqualTo("暴露垃圾");
		assertThat(e0102.path("timeLimit").asString()).isEqualTo("4wh");
		assertThat(e0102.path("responsibleUnits").get(0).asString()).isEqualTo("HWZX");
		assertThat(find(list, "E0401").path("escalateTo").asString()).isEqualTo("DEPARTMENT");
		assertThat(list.size()).isGreaterThanOrEqualTo(83);
		assertThat(api.as("gridworker1").get("/api/v1/cases/categories/E0102").json().path("closingStandard")
			.asString()).isEqualTo("垃圾已清除，地面无残留");
		assertThat(api.as("admin").get("/api/v1/cases/categories/E9999").status()).isEqualTo(404);
	}

	@Test
	void anAdminAddsAClassThatIntakeUsesAtOnce() {
		String code = freshCode();
		var created = api.as("admin").post("/api/v1/cases/categories", category(code));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.headers().get("location")).endsWith("/api/v1/cases/categories/" + code);
		assertThat(created.json().path("responsibleUnits").toString()).isEqualTo("[\"CGZF\",\"ZJJ\"]");

		CaseApiFixture cases = new CaseApiFixture(api);
		Map<String, Object> report = new HashMap<>(cases.report("新分类上报 " + CaseApiFixture.marker()));
		report.put("categoryCode", code);
		var r = api.as("gridworker1").post("/api/v1/cases", report);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		assertThat(r.json().path("categoryCode").asString()).isEqualTo(code);

		assertThat(api.as("admin").post("/api/v1/cases/categories", category(code)).status()).isEqualTo(409);
	}

	@Test
	void anAdminChangesAClassAndTheChangeIsRead() {
		String code = freshCode();
		assertThat(api.as("admin").post("/api/v1/cases/categories", category(code)).status()).isEqualTo(201);
		Map<String, Object> changed = category(code);
		changed.put("timeLimit", "4wh");
		changed.put("responsibleUnits", List.of("SCJG"));
		changed.put("escalateTo", "DISTRICT");
		var r = api.as("admin").put("/api/v1/cases/categories/" + code, changed);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		JsonNode read = api.as("dispatcher").get("/api/v1/cases/categories/" + code).json();
		assertThat(read.path("timeLimit").asString()).isEqualTo("4wh");
		assertThat(read.path("responsibleUnits").toString()).isEqualTo("[\"SCJG\"]");
		assertThat(read.path("escalateTo").asString()).isEqualTo("DISTRICT");

		changed.put("code", "E0102");
		assertThat(api.as("admin").put("/api/v1/cases/categories/" + code, changed).errorFields()).containsExactly("code");
		assertThat(api.as("admin").put("/api/v1/cases/categories/E9998", category("E9998")).status()).isEqualTo(404);
	}

	@Test
	void wrongFieldsAreNamedAndNothingIsWritten() {
		Map<String, Object> bad = category("X12");
		bad.put("timeLimit", "soon");
		bad.put("responsibleUnits", List.of("CGZF", "NOPE"));
		bad.put("smallName", " ");
		var r = api.as("admin").post("/api/v1/cases/categories", bad);
		assertThat(r.status()).isEqualTo(422);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(r.errorFields()).containsExactlyInAnyOrder("code", "timeLimit", "responsibleUnits[1]", "smallName");
		assertThat(r.body()).contains("NOPE").contains("处置时限");
		var en = api.as("admin").inEnglish().post("/api/v1/cases/categories", bad);
		assertThat(en.body()).contains("is not the code of a registered department");
	}

	@Test
	void nobodyButAdminsChangesTheCatalog() {
		String code = freshCode();
		for (String who : List.of("leader", "dispatcher", "supervisor", "gridworker1", "handler", "resident1")) {
			Api as = api.as(who);
			assertThat(as.post("/api/v1/cases/categories", category(code)).status()).as(who).isEqualTo(403);
			assertThat(as.put("/api/v1/cases/categories/E0102", category("E0102")).status()).as(who).isEqualTo(403);
			assertThat(as.getBytes("/api/v1/cases/categories/export.xlsx").statusCode()).as(who).isEqualTo(403);
			assertThat(as.send("POST", "/api/v1/cases/categories/import", XLSX, new byte[] { 1 }).status()).as(who)
				.isEqualTo(403);
		}
		assertThat(api.as("admin").get("/api/v1/cases/categories/" + code).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/cases/categories").status()).isEqualTo(401);
	}

	@Test
	void exportAndImportRoundTripWithChineseHeaders() throws IOException {
		HttpResponse<byte[]> r = api.as("admin").getBytes("/api/v1/cases/categories/export.xlsx");
		assertThat(r.statusCode()).isEqualTo(200);
		List<List<String>> rows = rows(r.body());
		assertThat(rows.get(0)).containsExactly("编码", "大类名称", "小类名称", "立案条件", "处置时限", "结案条件", "责任单位",
				"升级层级");
		assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("E0401"));
		assertThat(rows.stream().filter(row -> row.get(0).equals("E0401")).findFirst().orElseThrow().get(7))
			.isEqualTo("部门");

		String added = freshCode();
		List<List<String>> edited = new ArrayList<>(rows);
		edited.add(List.of(added, "测试大类", "导入的小类", "发现即立案", "3wd", "处置完毕", "CGZF、SCJG", "街道"));
		var imported = api.as("admin").send("POST", "/api/v1/cases/categories/import", XLSX, workbook(edited));
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		assertThat(imported.json().path("imported").asInt()).isEqualTo(edited.size() - 1);
		JsonNode read = api.as("admin").get("/api/v1/cases/categories/" + added).json();
		assertThat(read.path("timeLimit").asString()).isEqualTo("3wd");
		assertThat(read.path("responsibleUnits").toString()).isEqualTo("[\"CGZF\",\"SCJG\"]");
		assertThat(read.path("escalateTo").asString()).isEqualTo("STREET");
	}

	@Test
	void anImportWithOneWrongRowWritesNothingAndNamesRowAndField() throws IOException {
		String good = freshCode();
		String alsoGood = freshCode();
		List<List<String>> rows = List.of(
				List.of("编码", "大类名称", "小类名称", "立案条件", "处置时限", "结案条件", "责任单位", "升级层级"),
				List.of(good, "测试大类", "好的一行", "发现即立案", "2wd", "处置完毕", "CGZF", ""),
				List.of(alsoGood, "测试大类", "时限错的一行", "发现即立案", "两天", "处置完毕", "CGZF", ""),
				List.of("E98", "测试大类", "编码错的一行", "发现即立案", "2wd", "处置完毕", "无此部门", "天上"));
		var r = api.as("admin").send("POST", "/api/v1/cases/categories/import", XLSX, workbook(rows));
		assertThat(r.status()).as(r.body()).isEqualTo(422);
		List<String> located = new ArrayList<>();
		r.json().path("errors").forEach(e -> located.add(e.path("item").asInt() + ":" + e.path("field").asString()));
		assertThat(located).containsExactlyInAnyOrder("3:timeLimit", "4:code", "4:responsibleUnits[0]",
				"4:escalateTo");
		assertThat(api.as("admin").get("/api/v1/cases/categories/" + good).status()).isEqualTo(404);

		var notExcel = api.as("admin").send("POST", "/api/v1/cases/categories/import", XLSX,
				"code,name".getBytes());
		assertThat(notExcel.status()).isEqualTo(422);
		assertThat(notExcel.errorFields()).containsExactly("file");
	}

	private static JsonNode find(JsonNode list, String code) {
		for (JsonNode item : list) {
			if (item.path("code").asString().equals(code)) {
				return item;
			}
		}
		throw new AssertionError("no category " + code);
	}

	static List<List<String>> rows(byte[] xlsx) throws IOException {
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			DataFormatter format = new DataFormatter();
			List<List<String>> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < 8; i++) {
					cells.add(format.formatCellValue(row.getCell(i)));
				}
				rows.add(cells);
			}
			return rows;
		}
	}

	static byte[] workbook(List<List<String>> rows) throws IOException {
		try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("分类");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int i = 0; i < rows.get(r).size(); i++) {
					row.createCell(i).setCellValue(rows.get(r).get(i));
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}
}

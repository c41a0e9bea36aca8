package org.civicgrid.services;

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

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The service catalog over HTTP: the demo catalog published and searchable by anyone (words, pinyin initials,
 * category, life event), drafts and versions kept by editors only, every mistake named by its field, and the
 * Excel workbook round-tripped all or nothing.
 */
class CatalogApiTests extends ApiTest {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	private static final AtomicInteger CODES = new AtomicInteger(100);

	static String freshCode() {
		return "TST" + CODES.incrementAndGet();
	}

	static Map<String, Object> item(String code, String name) {
		Map<String, Object> body = new HashMap<>();
		body.put("code", code);
		body.put("category", "CIVIL_AFFAIRS");
		body.put("name", name);
		body.put("level", "COMMUNITY_HALL");
		body.put("conditions", "本社区常住居民");
		body.put("materials", List.of(Map.of("name", "居民身份证", "form", "ORIGINAL", "count", 1, "required", true),
				Map.of("name", "户口簿", "form", "复印件", "count", 2, "required", false, "notes", "首页及本人页")));
		body.put("steps", List.of(Map.of("name", "申请", "detail", "到社区大厅提交材料"), Map.of("name", "办结")));
		body.put("timeLimitDays", 3);
		body.put("fee", "免费");
		body.put("bookable", true);
		body.put("lifeEvents", List.of("OLD_AGE", "困难帮扶"));
		return body;
	}

	@Test
	void theDemoCatalogIsPublishedAndAnyoneSearchesItWithoutAnAccount() {
		Api anonymous = Api.on(port);
		JsonNode all = anonymous.get("/api/v1/services/catalog/items?size=1").json();
		assertThat(all.path("total").asLong()).isGreaterThanOrEqualTo(110);

		JsonNode byWord = anonymous.get("/api/v1/services/catalog/items?q=独生子女").json();
		List<String> found = names(byWord);
		assertThat(found).isNotEmpty();
		assertThat(found.get(0)).as("names that match come first").contains("独生子女");
		int lastByName = found.stream().filter(n -> n.contains("独生子女")).map(found::indexOf).max(Integer::compare)
			.orElseThrow();
		assertThat(found.subList(0, lastByName + 1)).allMatch(n -> n.contains("独生子女"));

		JsonNode byInitials = anonymous.get("/api/v1/services/catalog/items?q=lnyd").json();
		assertThat(names(byInitials)).anyMatch(n -> n.contains("老年优待"));

		JsonNode medical = anonymous.get("/api/v1/services/catalog/items?category=医保&size=100").json();
		assertThat(medical.path("total").asLong()).isGreaterThanOrEqualTo(8);
		medical.path("items").forEach(i -> assertThat(i.path("category").asString()).isEqualTo("MEDICAL_INSURANCE"));

		JsonNode birth = anonymous.get("/api/v1/services/catalog/items?event=BIRTH&size=100").json();
		assertThat(birth.path("total").asLong()).isGreaterThanOrEqualTo(3);
		birth.path("items").forEach(i -> assertThat(i.path("lifeEvents").toString()).contains("BIRTH"));

		JsonNode counts = anonymous.get("/api/v1/services/catalog/categories").json();
		assertThat(counts.size()).isEqualTo(7);
		assertThat(counts.path("CIVIL_AFFAIRS").asLong()).isGreaterThanOrEqualTo(8);
	}

	@Test
	void anItemReadsWithItsMaterialsStepsAndThePromisedDay() {
		String code = firstCode("低保");
		JsonNode item = Api.on(port).get("/api/v1/services/catalog/items/" + code).json();
		assertThat(item.path("version").path("item").path("name").asString()).contains("低");
		assertThat(item.path("version").path("item").path("materials").size()).isPositive();
		assertThat(item.path("version").path("item").path("steps").size()).isPositive();
		assertThat(item.path("promisedBy").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(item.path("version").path("current").asBoolean()).isTrue();
	}

	@Test
	void badSearchesAndUnknownItemsAreNamed() {
		Api anonymous = Api.on(port);
		var category = anonymous.get("/api/v1/services/catalog/items?category=宠物");
		assertThat(category.status()).isEqualTo(400);
		assertThat(category.errorFields()).containsExactly("category");
		assertThat(category.body()).contains("宠物");
		var event = anonymous.inEnglish().get("/api/v1/services/catalog/items?event=HOLIDAY");
		assertThat(event.status()).isEqualTo(400);
		assertThat(event.errorFields()).containsExactly("event");
		assertThat(event.json().path("errors").get(0).path("message").asString()).contains("no life event");
		var tooLong = anonymous.get("/api/v1/services/catalog/items?q=" + "证".repeat(51));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.errorFields()).containsExactly("q");
		var missing = anonymous.get("/api/v1/services/catalog/items/ZZ999");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.json().path("detail").asString()).contains("ZZ999");
	}

	@Test
	void onlyEditorsSeeDraftsAndChangeTheCatalog() {
		String code = freshCode();
		for (String who : List.of("resident1", "gridworker1", "community1", "leader")) {
			var refused = api.as(who).post("/api/v1/services/catalog/admin/items", item(code, "测试事项"));
			assertThat(refused.status()).as(who).isEqualTo(403);
			assertThat(refused.json().path("type").asString()).as(who).endsWith("/forbidden");
			assertThat(api.as(who).get("/api/v1/services/catalog/admin/items").status()).as(who).isEqualTo(403);
			assertThat(api.as(who).getBytes("/api/v1/services/catalog/admin/workbook.xlsx").statusCode()).as(who)
				.isEqualTo(403);
		}
		assertThat(Api.on(port).get("/api/v1/services/catalog/admin/items").status()).isEqualTo(401);
		assertThat(Api.on(port).get("/api/v1/services/catalog/items/" + code).status()).isEqualTo(404);
	}

	@Test
	void aDraftIsInvisibleUntilPublishedAndEachPublishKeepsTheOneBefore() {
		String code = freshCode();
		var created = api.as("admin").post("/api/v1/services/catalog/admin/items", item(code, "高龄津贴测试申领"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().path("version").asInt()).isEqualTo(1);
		assertThat(created.json().path("draft").asBoolean()).isTrue();
		assertThat(Api.on(port).get("/api/v1/services/catalog/items/" + code).status()).isEqualTo(404);

		var first = api.as("dispatcher").post("/api/v1/services/catalog/admin/items/" + code + "/publish",
				Map.of("note", "首次发布"));
		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(first.json().path("version").asInt()).isEqualTo(1);
		assertThat(first.json().path("changes").size()).isZero();

		Map<String, Object> changed = item(code, "高龄津贴测试申领");
		changed.put("timeLimitDays", 5);
		changed.put("fee", "工本费 10 元");
		var draft = api.as("admin").put("/api/v1/services/catalog/admin/items/" + code + "/draft", changed);
		assertThat(draft.status()).as(draft.body()).isEqualTo(200);
		assertThat(draft.json().path("version").asInt()).isEqualTo(2);
		assertThat(Api.on(port).get("/api/v1/services/catalog/items/" + code).json().path("version").path("item")
			.path("timeLimitDays").asInt()).as("residents still read version 1").isEqualTo(3);

		var second = api.as("admin").post("/api/v1/services/catalog/admin/items/" + code + "/publish", null);
		assertThat(second.json().path("changes").toString()).isEqualTo("[\"timeLimitDays\",\"fee\"]");
		JsonNode now = Api.on(port).get("/api/v1/services/catalog/items/" + code).json();
		assertThat(now.path("version").path("item").path("timeLimitDays").asInt()).isEqualTo(5);
		assertThat(now.path("version").path("version").asInt()).isEqualTo(2);

		JsonNode versions = api.as("admin").get("/api/v1/services/catalog/admin/items/" + code + "/versions").json();
		assertThat(versions.size()).isEqualTo(2);
		assertThat(versions.get(1).path("note").asString()).isEqualTo("首次发布");
		assertThat(versions.get(1).path("publishedBy").asString()).isEqualTo("dispatcher");
		assertThat(versions.get(0).path("current").asBoolean()).isTrue();
		assertThat(versions.get(1).path("current").asBoolean()).isFalse();

		var nothing = api.as("admin").post("/api/v1/services/catalog/admin/items/" + code + "/publish", null);
		assertThat(nothing.status()).isEqualTo(409);
		assertThat(nothing.json().path("detail").asString()).contains("草稿");
	}

	@Test
	void aDiscardedDraftLeavesThePublishedVersionAndANeverPublishedItemGoes() {
		String code = freshCode();
		api.as("admin").post("/api/v1/services/catalog/admin/items", item(code, "草稿测试"));
		assertThat(api.as("admin").delete("/api/v1/services/catalog/admin/items/" + code + "/draft").status())
			.isEqualTo(204);
		assertThat(api.as("admin").get("/api/v1/services/catalog/admin/items/" + code + "/versions").status())
			.isEqualTo(404);
		assertThat(api.as("admin").post("/api/v1/services/catalog/admin/items", item(code, "草稿测试")).status())
			.as("the code is free again").isEqualTo(201);
		assertThat(api.as("admin").delete("/api/v1/services/catalog/admin/items/ZZ998/draft").status()).isEqualTo(404);
	}

	@Test
	void everyWrongFieldIsNamedAndNothingIsWritten() {
		String code = freshCode();
		Map<String, Object> bad = item(code, "");
		bad.put("category", "宠物");
		bad.put("timeLimitDays", 400);
		bad.put("steps", List.of());
		bad.put("materials", List.of(Map.of("name", "身份证", "form", "扫描件", "count", 0)));
		bad.put("lifeEvents", List.of("HOLIDAY"));
		var r = api.as("admin").post("/api/v1/services/catalog/admin/items", bad);
		assertThat(r.status()).isEqualTo(422);
		assertThat(r.errorFields()).containsExactlyInAnyOrder("category", "name", "timeLimitDays", "steps",
				"materials[0].form", "materials[0].count", "lifeEvents[0]");
		assertThat(r.body()).doesNotContain("Exception");
		assertThat(api.as("admin").get("/api/v1/services/catalog/admin/items/" + code + "/versions").status())
			.isEqualTo(404);

		var badCode = api.as("admin").post("/api/v1/services/catalog/admin/items", item("mz1", "编码测试"));
		assertThat(badCode.errorFields()).containsExactly("code");

		String taken = freshCode();
		api.as("admin").post("/api/v1/services/catalog/admin/items", item(taken, "重复编码"));
		var twice = api.as("admin").post("/api/v1/services/catalog/admin/items", item(taken, "重复编码"));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.errorFields()).containsExactly("code");

		var renamed = api.as("admin").put("/api/v1/services/catalog/admin/items/" + taken + "/draft",
				item(freshCode(), "改编码"));
		assertThat(renamed.status()).isEqualTo(422);
		assertThat(renamed.errorFields()).containsExactly("code");
	}

	@Test
	void theWorkbookRoundTripsAndABadRowRejectsTheWholeFile() throws IOException {
		HttpResponse<byte[]> exported = api.as("admin").getBytes("/api/v1/services/catalog/admin/workbook.xlsx");
		assertThat(exported.statusCode()).isEqualTo(200);
		Workbook book = new XSSFWorkbook(new ByteArrayInputStream(exported.body()));
		Sheet items = book.getSheet("事项");
		assertThat(items.getLastRowNum()).isGreaterThanOrEqualTo(110);
		assertThat(book.getSheet("材料").getLastRowNum()).isGreaterThan(items.getLastRowNum());
		assertThat(items.getRow(0).getCell(1).getStringCellValue()).isEqualTo("类别");

		String code = freshCode();
		Row added = items.createRow(items.getLastRowNum() + 1);
		List<String> cells = List.of(code, "民政", "表格导入的事项", "社区一站式服务大厅", "本社区居民", "即办", "免费", "", "综合窗口",
				"0371-65520000", "是", "否", "否", "养老、困难帮扶");
		for (int i = 0; i < cells.size(); i++) {
			added.createCell(i).setCellValue(cells.get(i));
		}
		Row step = book.getSheet("步骤").createRow(book.getSheet("步骤").getLastRowNum() + 1);
		step.createCell(0).setCellValue(code);
		step.createCell(1).setCellValue("当场办结");
		var imported = api.as("admin").send("POST", "/api/v1/services/catalog/admin/workbook?note=导入", XLSX,
				bytes(book));
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		assertThat(imported.json().path("published").asInt()).as("only the new row is a change").isEqualTo(1);
		JsonNode read = Api.on(port).get("/api/v1/services/catalog/items/" + code).json().path("version").path("item");
		assertThat(read.path("timeLimitDays").asInt()).isZero();
		assertThat(read.path("lifeEvents").toString()).isEqualTo("[\"OLD_AGE\",\"HARDSHIP\"]");

		String other = freshCode();
		Row good = items.createRow(items.getLastRowNum() + 1);
		Row bad = items.createRow(items.getLastRowNum() + 1);
		for (int i = 0; i < cells.size(); i++) {
			good.createCell(i).setCellValue(i == 0 ? other : cells.get(i));
			bad.createCell(i).setCellValue(i == 0 ? freshCode() : i == 1 ? "宠物" : cells.get(i));
		}
		Row goodStep = book.getSheet("步骤").createRow(book.getSheet("步骤").getLastRowNum() + 1);
		goodStep.createCell(0).setCellValue(other);
		goodStep.createCell(1).setCellValue("办结");
		var rejected = api.as("admin").send("POST", "/api/v1/services/catalog/admin/workbook", XLSX, bytes(book));
		assertThat(rejected.status()).isEqualTo(422);
		List<String> where = new ArrayList<>();
		rejected.json().path("errors").forEach(e -> where.add(e.path("item").asInt() + ":" + e.path("field").asString()));
		assertThat(where).contains((bad.getRowNum() + 1) + ":category", (bad.getRowNum() + 1) + ":steps");
		assertThat(Api.on(port).get("/api/v1/services/catalog/items/" + other).status())
			.as("nothing of a rejected file is written").isEqualTo(404);

		var garbage = api.as("admin").send("POST", "/api/v1/services/catalog/admin/workbook", XLSX,
				"not a workbook".getBytes());
		assertThat(garbage.status()).isEqualTo(422);
		assertThat(garbage.errorFields()).containsExactly("file");
	}

	private String firstCode(String words) {
		return Api.on(port).get("/api/v1/services/catalog/items?q=" + words).json().path("items").get(0).path("code")
			.asString();
	}

	private static List<String> names(JsonNode page) {
		List<String> names = new ArrayList<>();
		page.path("items").forEach(i -> names.add(i.path("name").asString()));
		return names;
	}

	private static byte[] bytes(Workbook book) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		book.write(out);
		return out.toByteArray();
	}
}

package org.civicgrid.region;

import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicgrid.demo.DemoRegion;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.region.RegionFixtures.box;
import static org.civicgrid.region.RegionFixtures.collection;
import static org.civicgrid.region.RegionFixtures.demo;
import static org.civicgrid.region.RegionFixtures.demoUnder;
import static org.civicgrid.region.RegionFixtures.feature;
import static org.civicgrid.region.RegionFixtures.member;

/** Exports: the subtree as GeoJSON that import takes back, and the staff contact list as an Excel sheet. */
class RegionExportApiTests extends ApiTest {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	private static final Map<String, String> DUTIES = Map.of("GRID_LEADER", "网格长", "GRID_WORKER", "网格员",
			"ASSISTANT", "网格助理员", "INFORMANT", "网格信息员");


	private static List<List<String>> rows(byte[] xlsx, String sheetName) throws IOException {
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(1);
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo(sheetName);
			DataFormatter format = new DataFormatter();
			List<List<String>> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < 7; i++) {
					cells.add(row.getCell(i) == null ? null : format.formatCellValue(row.getCell(i)));
				}
				rows.add(cells);
			}
			return rows;
		}
	}

	@Test
	void theGeoJsonOfACommunityHoldsItItsGridsWithStaffAndItsCourtyards() {
		var r = api.as("community1").get("/api/v1/regions/export.geojson?root=410105560001");
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.contentType()).startsWith("application/geo+json");
		JsonNode collection = r.json();
		assertThat(collection.path("type").asString()).isEqualTo("FeatureCollection");
		List<DemoRegion> expected = demoUnder("410105560001");
		assertThat(expected.stream().filter(d -> d.level() == RegionLevel.GRID)).hasSize(7);
		assertThat(expected.stream().filter(d -> d.level() == RegionLevel.BUILDING)).hasSizeGreaterThanOrEqualTo(7);
		JsonNode features = collection.path("features");
		assertThat(features.size()).isEqualTo(expected.size());

		Map<String, JsonNode> byCode = new LinkedHashMap<>();
		features.forEach(f -> byCode.put(f.path("properties").path("code").asString(), f));
		assertThat(new ArrayList<>(byCode.keySet()))
			.isEqualTo(expected.stream().map(DemoRegion::code).sorted().toList());
		for (DemoRegion region : expected) {
			JsonNode f = byCode.get(region.code());
			assertThat(f.path("type").asString()).isEqualTo("Feature");
			assertThat(f.path("id").asString()).isEqualTo(region.code());
			assertThat(f.path("geometry").path("type").asString()).isEqualTo("Polygon");
			JsonNode properties = f.path("properties");
			assertThat(properties.path("name").asString()).isEqualTo(region.name());
			assertThat(properties.path("level").asString()).isEqualTo(region.level().name());
			assertThat(properties.path("parentCode").asString()).isEqualTo(RegionCode.of(region.code()).parent().map(RegionCode::value).orElse(null));
			if (region.level() == RegionLevel.COMMUNITY) {
				assertThat(properties.has("staff")).isFalse();
			}
			else {
				JsonNode staff = properties.path("staff");
				assertThat(staff.size()).as(region.code()).isEqualTo(region.staff().size());
				for (int i = 0; i < staff.size(); i++) {
					assertThat(staff.get(i).path("duty").asString()).isEqualTo(region.staff().get(i).duty().name());
					assertThat(staff.get(i).path("name").asString()).isEqualTo(region.staff().get(i).name());
					assertThat(staff.get(i).path("phone").asString()).isEqualTo(region.staff().get(i).phone());
				}
			}
			if (region.level() == RegionLevel.GRID) {
				assertThat(properties.path("staff").size()).isEqualTo(5);
				assertThat(properties.path("abPartner").asString()).isEqualTo(region.abPartner());
			}
		}
	}

	@Test
	void theExportedGeoJsonImportsBackUnchanged() {
		var created = api.as("admin").post("/api/v1/regions/import",
				collection(feature("410105563", "龙源路街道", null),
						feature("410105563040", "往返社区", box(113.50, 34.78, 113.52, 34.79)),
						feature("410105563040001", "往返西", box(113.50, 34.78, 113.51, 34.79), "abPartner",
								"410105563040002", "staff", List.of(member("GRID_WORKER", "周杰", "13900000000"))),
						feature("410105563040002", "往返东", box(113.51, 34.78, 113.52, 34.79))));
		assertThat(created.status()).as(created.body()).isEqualTo(200);
		var exported = api.as("admin").get("/api/v1/regions/export.geojson?root=410105563040");
		assertThat(exported.status()).isEqualTo(200);
		assertThat(exported.json().path("features").size()).isEqualTo(3);

		var back = api.as("admin").post("/api/v1/regions/import", exported.body());
		assertThat(back.status()).as(back.body()).isEqualTo(200);
		assertThat(back.json().path("created").asInt()).isZero();
		assertThat(back.json().path("updated").asInt()).isEqualTo(3);
		assertThat(api.as("admin").get("/api/v1/regions/export.geojson?root=410105563040").body())
			.isEqualTo(exported.body());
	}

	@Test
	void theGeoJsonOfAnotherCommunityIsRefused() {
		var r = api.as("community1").get("/api/v1/regions/export.geojson?root=410105560002");
		assertThat(r.status()).isEqualTo(403);
		assertThat(r.json().path("type").asString()).endsWith("/out-of-scope");
		assertThat(r.body()).doesNotContain(demo("410105560002001").name());
	}

	@Test
	void theContactListOfTheStreetHasFiveLinesForEachOfItsFiftySixGrids() throws IOException {
		HttpResponse<byte[]> r = api.as("dispatcher").getBytes("/api/v1/regions/export.xlsx?root=410105560");
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith(XLSX));
		assertThat(r.headers().firstValue("content-disposition"))
			.contains("attachment; filename=\"contacts-410105560.xlsx\"");
		List<List<String>> rows = rows(r.body(), "网格员通讯录");
		assertThat(rows.get(0)).containsExactly("社区", "网格编码", "网格名称", "职务", "姓名", "联系电话", "AB岗网格");
		List<List<String>> data = rows.subList(1, rows.size());
		assertThat(data).hasSize(56 * 5);

		List<DemoRegion> grids = demoUnder("410105560").stream().filter(d -> d.level() == RegionLevel.GRID)
			.sorted((a, b) -> a.code().compareTo(b.code())).toList();
		int line = 0;
		for (DemoRegion grid : grids) {
			DemoRegion partner = demo(grid.abPartner());
			for (StaffMember member : grid.staff()) {
				List<String> row = data.get(line++);
				assertThat(row).containsExactly(demo(RegionCode.of(grid.code()).parent().map(RegionCode::value).orElse(null)).name(), grid.code(),
						grid.name(), DUTIES.get(member.duty().name()), member.name(), member.phone(),
						partner.code() + " " + partner.name());
			}
		}
	}

	@Test
	void theContactListIsInTheCallersLanguage() throws IOException {
		HttpResponse<byte[]> r = api.as("community1").inEnglish().getBytes("/api/v1/regions/export.xlsx");
		assertThat(r.statusCode()).isEqualTo(200);
		List<List<String>> rows = rows(r.body(), "Grid staff contacts");
		assertThat(rows.get(0)).containsExactly("Community", "Grid code", "Grid name", "Duty", "Name", "Phone",
				"AB partner grid");
		assertThat(rows).hasSize(1 + 7 * 5);
		assertThat(rows.get(1).get(3)).isEqualTo("Grid leader");
	}

	@Test
	void aGridWorkersContactListIsTheirOwnGrid() throws IOException {
		HttpResponse<byte[]> r = api.as("gridworker1").getBytes("/api/v1/regions/export.xlsx");
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.headers().firstValue("content-disposition"))
			.contains("attachment; filename=\"contacts-410105560001001.xlsx\"");
		List<List<String>> rows = rows(r.body(), "网格员通讯录");
		assertThat(rows).hasSize(1 + 5);
		DemoRegion grid = demo("410105560001001");
		for (int i = 0; i < 5; i++) {
			assertThat(rows.get(i + 1).get(1)).isEqualTo("410105560001001");
			assertThat(rows.get(i + 1).get(4)).isEqualTo(grid.staff().get(i).name());
		}
	}

	@Test
	void exportsOfAnUnknownRegionAreNotFound() {
		var geojson = api.as("dispatcher").get("/api/v1/regions/export.geojson?root=410105560001099");
		assertThat(geojson.status()).isEqualTo(404);
		assertThat(geojson.json().path("detail").asString()).isEqualTo("区域 410105560001099 不存在");
		HttpResponse<byte[]> xlsx = api.as("dispatcher").getBytes("/api/v1/regions/export.xlsx?root=410105560001099");
		assertThat(xlsx.statusCode()).isEqualTo(404);
		assertThat(xlsx.headers().firstValue("content-type")).hasValueSatisfying(
				t -> assertThat(t).startsWith("application/problem+json"));
		JsonNode problem = Api.parse(new String(xlsx.body(), java.nio.charset.StandardCharsets.UTF_8));
		assertThat(problem.path("detail").asString()).isEqualTo("区域 410105560001099 不存在");
	}

	@Test
	void theContactListOfAnotherCommunityIsRefused() {
		HttpResponse<byte[]> r = api.as("community1").getBytes("/api/v1/regions/export.xlsx?root=410105560002");
		assertThat(r.statusCode()).isEqualTo(403);
		JsonNode problem = Api.parse(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
		assertThat(problem.path("type").asString()).endsWith("/out-of-scope");
		assertThat(problem.path("detail").asString()).isEqualTo("区域 410105560002 不在您的管辖范围内。");
		HttpResponse<byte[]> worker = api.as("gridworker1").getBytes("/api/v1/regions/export.xlsx?root=410105560001");
		assertThat(worker.statusCode()).isEqualTo(403);
		assertThat(Api.parse(new String(worker.body(), java.nio.charset.StandardCharsets.UTF_8)).path("detail").asString())
			.isEqualTo("区域 410105560001 不在您的管辖范围内。");
	}
}

package org.civicgrid.registry;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.registry.ImportUploads.IMPORTS;
import static org.civicgrid.registry.ImportUploads.fullWidth;
import static org.civicgrid.registry.ImportUploads.importAndWait;
import static org.civicgrid.registry.ImportUploads.read;
import static org.civicgrid.registry.ImportUploads.row;
import static org.civicgrid.registry.ImportUploads.upload;
import static org.civicgrid.registry.PeopleFixtures.GRID;
import static org.civicgrid.registry.PeopleFixtures.PATH;

/**
 * Importing people from real .xlsx and .csv files built here: the mess real sheets carry, rejects with reasons
 * in Chinese, idempotency, scope.
 */
class ImportApiTests extends ApiTest {

	private static final String OTHER_GRID = "410105560002001";

	@Test
	void aMessySheetImportsTheGoodRowsRejectsTheBadOnesWithReasonsAndChangesNothingTheSecondTime() {
		String withX = PeopleFixtures.idNumberEnding123X();
		String second = PeopleFixtures.idNumber();
		String third = PeopleFixtures.idNumber();
		String badCheck = IdNumbers.withWrongCheck(PeopleFixtures.idNumber().substring(0, 17));
		String outOfScope = PeopleFixtures.idNumber();
		String noBuilding = PeopleFixtures.idNumber();
		String phone = PeopleFixtures.mobileEnding5678();
		String phone2 = PeopleFixtures.mobile();
		String birth = withX.substring(6, 10) + "-" + withX.substring(10, 12) + "-" + withX.substring(12, 14);
		double serial = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.of(1899, 12, 30),
				java.time.LocalDate.parse(birth));
		byte[] file = ImportUploads.xlsx(book -> {
			Sheet s = book.createSheet("人口");
			CellStyle date = book.createCellStyle();
			date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
			row(s, 0, "人口信息采集表（如意湖社区）");
			s.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
			// a header merged over two rows, with a group title 联系方式 over 联系电话 and 现住址
			row(s, 1, "姓名 *", "证件号码", "联系方式", null, "出生日期", "楼栋编码", "标签", "网格编码");
			row(s, 2, null, null, "联系电话", "现住址");
			for (int c : new int[] { 0, 1, 4, 5, 6, 7 }) {
				s.addMergedRegion(new CellRangeAddress(1, 2, c, c));
			}
			s.addMergedRegion(new CellRangeAddress(1, 1, 2, 3));
			var r4 = row(s, 3, "  王建国 ", fullWidth(withX.substring(0, 10)) + withX.substring(10).toLowerCase(),
					Double.valueOf(phone), "如意湖小区 3 号楼", serial, null, "独居老人、退役军人", GRID);
			r4.getCell(4).setCellStyle(date);
			// row 5 left empty
			row(s, 5, "李秀英", second, "1.3" + phone2.substring(2) + "E10", null, null, null, null, " " + GRID + " ");
			row(s, 6, "错校验", badCheck, null, null, null, null, null, GRID);
			row(s, 7, "别的网格", outOfScope, null, null, null, null, null, OTHER_GRID);
			row(s, 8, "没有楼", noBuilding, null, null, null, "410105560001001999", null, GRID);
			var r10 = row(s, 9, "王建国", withX, phone, "如意湖小区 3 号楼", serial, null, "独居老人，退役军人", GRID);
			r10.getCell(4).setCellStyle(date);
			row(s, 10, "李秀英改名", second, phone2, null, null, null, null, GRID);
			row(s, 11, "赵敏", third, null, null, "1985/3/4", null, null, GRID);
		});
		var gridworker = api.as("gridworker1");

		JsonNode job = importAndWait(gridworker, "person", "人口.xlsx", file);
		assertThat(job.get("state").asString()).isEqualTo("DONE");
		assertThat(job.get("total").asInt()).isEqualTo(8);
		assertThat(job.get("imported").asInt()).isEqualTo(3);
		assertThat(job.get("updated").asInt()).isZero();
		assertThat(job.get("unchanged").asInt()).isEqualTo(1);
		assertThat(job.get("rejected").asInt()).isEqualTo(4);
		assertThat(job.get("progress").asInt()).isEqualTo(100);

		JsonNode wang = only(gridworker.get(PATH + "?idNumber=" + withX));
		assertThat(wang.get("name").asString()).isEqualTo("王建国");
		assertThat(wang.get("idNumber").asString()).isEqualTo("410105********123X");
		assertThat(wang.get("phone").asString()).isEqualTo("138****5678");
		assertThat(wang.get("birthDate").asString()).isEqualTo(birth);
		assertThat(wang.get("actualResidence").asString()).isEqualTo("如意湖小区 3 号楼");
		assertThat(wang.get("tags").valueStream().map(JsonNode::asString)).containsExactly("独居老人", "退役军人");
		JsonNode li = only(gridworker.get(PATH + "?idNumber=" + second));
		assertThat(li.get("name").asString()).isEqualTo("李秀英");
		assertThat(gridworker.get(PATH + "?phone=" + phone2).json().get("total").asInt()).isEqualTo(1);
		// 1985/3/4 in the sheet gives way to the date the ID number carries (ImportWarningsTests)
		assertThat(only(gridworker.get(PATH + "?idNumber=" + third)).get("birthDate").asString())
			.isEqualTo(third.substring(6, 10) + "-" + third.substring(10, 12) + "-" + third.substring(12, 14));
		assertThat(api.as("admin").get(PATH + "?idNumber=" + noBuilding).json().get("total").asInt()).isZero();
		assertThat(api.as("admin").get(PATH + "?idNumber=" + outOfScope).json().get("total").asInt()).isZero();

		var rejects = gridworker.getBytes(IMPORTS + "/" + job.get("id").asLong() + "/rejects.xlsx");
		assertThat(rejects.statusCode()).isEqualTo(200);
		List<List<String>> rows = read(rejects.body());
		assertThat(rows.get(0)).containsExactly("姓名", "证件号码", "联系电话", "现住址", "出生日期", "楼栋编码", "标签",
				"网格编码", "原因", "原行号");
		assertThat(rows).hasSize(5);
		assertThat(rows.get(1).get(0)).isEqualTo("错校验");
		assertThat(rows.get(1).get(8)).startsWith("证件号码：").contains("校验码");
		assertThat(rows.get(1).get(9)).isEqualTo("7");
		assertThat(rows.get(2).get(8)).isEqualTo("网格编码：网格 " + OTHER_GRID + " 不在您的管辖范围内");
		assertThat(rows.get(3).get(8)).startsWith("楼栋编码：楼栋 410105560001001999 不存在");
		assertThat(rows.get(4).get(0)).isEqualTo("李秀英改名");
		assertThat(rows.get(4).get(8)).isEqualTo("证件号码：与第 6 行证件号码相同但内容不同");

		JsonNode again = importAndWait(gridworker, "person", "人口.xlsx", file);
		assertThat(again.get("state").asString()).isEqualTo("DONE");
		assertThat(again.get("imported").asInt()).isZero();
		assertThat(again.get("updated").asInt()).isZero();
		assertThat(again.get("unchanged").asInt()).isEqualTo(4);
		assertThat(again.get("rejected").asInt()).isEqualTo(4);
		long personId = wang.get("id").asLong();
		assertThat(gridworker.get(PATH + "/" + personId).json().get("version").asInt()).isEqualTo(1);
	}

	@Test
	void anImportCutShortAndRunAgainEndsInTheSameStateAsOneFullRun() {
		java.util.List<String> lines = new java.util.ArrayList<>(java.util.List.of("姓名,证件号码,联系电话,网格编码"));
		java.util.List<String> ids = new java.util.ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String id = PeopleFixtures.idNumber();
			ids.add(id);
			lines.add("续导" + i + "," + id + "," + PeopleFixtures.mobile() + "," + GRID);
		}
		// the first three rows made it before the crash; the whole file is then imported again
		byte[] partial = ImportUploads.csv(StandardCharsets.UTF_8, lines.subList(0, 4).toArray(String[]::new));
		byte[] full = ImportUploads.csv(StandardCharsets.UTF_8, lines.toArray(String[]::new));
		JsonNode first = importAndWait(api.as("gridworker1"), "person", "part.csv", partial);
		assertThat(first.get("imported").asInt()).isEqualTo(3);
		JsonNode again = importAndWait(api.as("gridworker1"), "person", "all.csv", full);
		assertThat(again.get("imported").asInt()).isEqualTo(2);
		assertThat(again.get("unchanged").asInt()).isEqualTo(3);
		for (String id : ids) {
			JsonNode p = only(api.as("gridworker1").get(PATH + "?idNumber=" + id));
			assertThat(p.get("version").asInt()).isEqualTo(1);
		}
	}

	@Test
	void aGbkCsvFromChineseExcelImportsWithPhonesInScientificNotationAndFullWidthIdNumbers() {
		String id = PeopleFixtures.idNumber();
		String phone = PeopleFixtures.mobile();
		byte[] gbk = ImportUploads.csv(Charset.forName("GBK"), "网格编码,联系电话,姓名,证件号码,性别,民族,备注",
				GRID + ",1." + phone.substring(1) + "E+10,欧阳春花," + fullWidth(id) + ",女,回族,\"备注, 带逗号\"", ",,,,,,",
				"");
		JsonNode job = importAndWait(api.as("community1"), "person", "gbk.csv", gbk);
		assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("DONE");
		assertThat(job.get("imported").asInt()).as(job.toString()).isEqualTo(1);
		assertThat(job.get("total").asInt()).isEqualTo(1);
		JsonNode p = only(api.as("community1").get(PATH + "?idNumber=" + id));
		assertThat(p.get("name").asString()).isEqualTo("欧阳春花");
		assertThat(p.get("ethnicity").asString()).isEqualTo("回族");
		assertThat(p.get("notes").asString()).isEqualTo("备注, 带逗号");
		assertThat(api.as("community1").get(PATH + "?phone=" + phone).json().get("total").asInt()).isEqualTo(1);
	}

	@Test
	void anImportUpdatesAPersonItFindsByIdNumberAndKeepsWhatTheSheetLeavesBlank() {
		String id = PeopleFixtures.idNumber();
		long personId = PeopleFixtures.register(api.as("community1"),
				PeopleFixtures.person("孙立", id, PeopleFixtures.mobile(), GRID, "低保"));
		String newPhone = PeopleFixtures.mobileEnding5678();
		byte[] csv = ImportUploads.utf8Bom("姓名,证件号码,联系电话,网格编码,民族", "孙立," + id + "," + newPhone + "," + GRID + ",");
		JsonNode job = importAndWait(api.as("community1"), "person", "update.csv", csv);
		assertThat(job.get("updated").asInt()).as(job.toString()).isEqualTo(1);
		JsonNode p = api.as("community1").get(PATH + "/" + personId).json();
		assertThat(p.get("phone").asString()).isEqualTo("138****5678");
		assertThat(p.get("ethnicity").asString()).isEqualTo("汉族");
		assertThat(p.get("tags").get(0).asString()).isEqualTo("低保");
		JsonNode history = api.as("community1").get(PATH + "/" + personId + "/history").json();
		assertThat(history.get(0).get("source").asString()).isEqualTo("IMPORT");
		assertThat(history.get(0).get("changes").get("phone").get("to").asString()).isEqualTo("138****5678");
	}

	@Test
	void aPersonRegisteredInAnotherGridIsRejectedNotMovedIntoTheUploadersGrid() {
		String id = PeopleFixtures.idNumber();
		PeopleFixtures.register(api.as("gridworker2"), PeopleFixtures.person("周游", id, null, OTHER_GRID));
		byte[] csv = ImportUploads.csv(StandardCharsets.UTF_8, "姓名,证件号码,联系电话,网格编码", "周游," + id + ",," + GRID);
		JsonNode job = importAndWait(api.as("gridworker1"), "person", "move.csv", csv);
		assertThat(job.get("rejected").asInt()).isEqualTo(1);
		var rows = read(api.as("gridworker1").getBytes(IMPORTS + "/" + job.get("id").asLong() + "/rejects.xlsx").body());
		assertThat(rows.get(1).get(4)).isEqualTo("证件号码：该证件号码已登记在您管辖范围以外的网格，请联系所在网格处理");
		assertThat(only(api.as("gridworker2").get(PATH + "?idNumber=" + id)).get("gridCode").asString())
			.isEqualTo(OTHER_GRID);
	}

	@Test
	void onlyTheUploaderOrAnAdminReadsAJobAndResidentsCannotImport() {
		byte[] csv = ImportUploads.csv(StandardCharsets.UTF_8, "姓名,证件号码,联系电话,网格编码");
		JsonNode job = importAndWait(api.as("gridworker1"), "person", "empty-body.csv", csv);
		assertThat(job.get("total").asInt()).isZero();
		long id = job.get("id").asLong();
		var other = api.as("gridworker2").get(IMPORTS + "/" + id);
		org.civicgrid.shared.ProblemAssertions.assertProblem(other, 403, "forbidden");
		assertThat(api.as("gridworker2").getBytes(IMPORTS + "/" + id + "/rejects.xlsx").statusCode()).isEqualTo(403);
		assertThat(api.as("admin").get(IMPORTS + "/" + id).json().get("state").asString()).isEqualTo("DONE");
		org.civicgrid.shared.ProblemAssertions.assertProblem(api.as("admin").get(IMPORTS + "/999999999"), 404,
				"not-found");
		var resident = upload(api.as("resident1"), "person", "p.csv", csv);
		org.civicgrid.shared.ProblemAssertions.assertProblem(resident, 403, "forbidden");
		assertThat(api.get(IMPORTS + "/" + id).status()).isEqualTo(401);
	}

	@Test
	void badKindsFileTypesEmptyFilesAndMissingColumnsAreProblemsNamingTheField() {
		var gw = api.as("gridworker1");
		byte[] csv = ImportUploads.csv(StandardCharsets.UTF_8, "姓名,证件号码,联系电话,网格编码");
		var kind = upload(gw, "spaceship", "p.csv", csv);
		assertThat(kind.status()).isEqualTo(400);
		assertThat(kind.errorFields()).containsExactly("kind");
		assertThat(kind.json().get("errors").get(0).get("message").asString()).contains("spaceship").contains("person");
		var noKind = upload(gw, null, "p.csv", csv);
		assertThat(noKind.errorFields()).containsExactly("kind");
		var type = upload(gw, "person", "p.txt", csv);
		assertThat(type.status()).isEqualTo(422);
		assertThat(type.errorFields()).containsExactly("file");
		var empty = upload(gw, "person", "p.csv", new byte[0]);
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.json().get("errors").get(0).get("message").asString()).isEqualTo("文件是空的");
		var missing = upload(gw, "person", "p.csv", ImportUploads.csv(StandardCharsets.UTF_8, "姓名,证件号码,联系电话"));
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.json().get("errors").get(0).get("message").asString()).isEqualTo("缺少必填列：网格编码");
		var noHeader = upload(gw, "person", "p.csv", ImportUploads.csv(StandardCharsets.UTF_8, "a,b", "c,d"));
		assertThat(noHeader.errorFields()).containsExactly("file");
		assertThat(noHeader.json().get("errors").get(0).get("message").asString()).contains("姓名、证件号码、联系电话、网格编码");
		var broken = upload(gw, "person", "p.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8));
		assertThat(broken.status()).isEqualTo(422);
		assertThat(broken.errorFields()).containsExactly("file");
		var english = upload(gw.inEnglish(), "person", "p.csv", new byte[0]);
		assertThat(english.json().get("errors").get(0).get("message").asString()).isEqualTo("The file is empty");
	}

	@Test
	void templatesCarryTheChineseHeadersInBothFormats() {
		var xlsx = api.as("gridworker1").getBytes(IMPORTS + "/templates/person.xlsx");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(read(xlsx.body()).get(0)).startsWith("姓名", "证件号码", "联系电话", "网格编码").contains("标签", "备注");
		var csv = api.as("gridworker1").getBytes(IMPORTS + "/templates/person.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("\uFEFF姓名,证件号码,联系电话,网格编码,");
		assertThat(api.as("gridworker1").get(IMPORTS + "/templates/person.pdf").errorFields()).containsExactly("format");
		assertThat(api.as("gridworker1").get(IMPORTS + "/templates/ufo.xlsx").errorFields()).containsExactly("kind");
	}

	private static JsonNode only(org.civicgrid.testing.Api.Response r) {
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().get("total").asInt()).as(r.body()).isEqualTo(1);
		return r.json().get("items").get(0);
	}
}

package org.civicgrid.registry;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.registry.ImportUploads.IMPORTS;
import static org.civicgrid.registry.ImportUploads.fullWidth;
import static org.civicgrid.registry.ImportUploads.importAndWait;
import static org.civicgrid.registry.ImportUploads.read;
import static org.civicgrid.registry.ImportUploads.row;
import static org.civicgrid.registry.PeopleFixtures.GRID;
import static org.civicgrid.registry.PlacesFixtures.BASE;

/**
 * Households, houses, organisations, parts and building records imported from real .xlsx and .csv files built
 * here: headers in any order, the mess of real sheets, reasons in Chinese in the rejects, scope, and the same file
 * twice changing nothing.
 */
class KindsImportTests extends ApiTest {

	private static final String OTHER_GRID = "410105560002001";

	@Autowired
	Regions regions;

	@Autowired
	JdbcClient jdbc;

	String building;
	String otherBuilding;

	@BeforeEach
	void buildings() {
		building = PlacesFixtures.buildingOf(regions, GRID);
		otherBuilding = PlacesFixtures.buildingOf(regions, OTHER_GRID);
	}

	@Test
	void housesFromAMessySheetAreImportedOnceAndAMissingBuildingIsReportedNotInvented() {
		String room1 = PlacesFixtures.room();
		String room2 = PlacesFixtures.room();
		String missing = GRID + "999";
		byte[] file = ImportUploads.xlsx(book -> {
			Sheet s = book.createSheet("房屋");
			row(s, 0, "房屋信息采集表");
			row(s, 1, "房号", "楼栋编码 *", "楼层", "单元", "房屋性质", "面积(㎡)", "用途");
			row(s, 2, fullWidth(room1), " " + building + " ", 1.0, "1", "出租", 89.5, "住宅");
			// row 4 left empty
			row(s, 4, room2, fullWidth(building), "２", 1.0, "自住", "120.00", null);
			row(s, 5, "X1", building, "二", 1.0, "借住", "很大", null);
			row(s, 6, "X2", otherBuilding, 1.0, 1.0, "空置", null, null);
			row(s, 7, "X3", missing, 1.0, 1.0, "空置", null, null);
			row(s, 8, room1, building, 1.0, 1.0, "出租", 89.5, "住宅");
			row(s, 9, room1, building, 1.0, 1.0, "空置", 89.5, "住宅");
		});
		var gridworker = api.as("gridworker1");

		JsonNode job = importAndWait(gridworker, "house", "房屋.xlsx", file);
		assertThat(job.get("state").asString()).isEqualTo("DONE");
		assertThat(job.get("total").asInt()).isEqualTo(7);
		assertThat(job.get("imported").asInt()).isEqualTo(2);
		assertThat(job.get("unchanged").asInt()).isEqualTo(1);
		assertThat(job.get("rejected").asInt()).isEqualTo(4);

		JsonNode houses = gridworker.get(BASE + "/houses?buildingCode=" + building + "&size=100").json().get("items");
		JsonNode first = find(houses, "room", room1);
		assertThat(first.get("occupancy").asString()).isEqualTo("RENTED");
		assertThat(first.get("floor").asInt()).isEqualTo(1);
		assertThat(first.get("area").decimalValue()).isEqualByComparingTo("89.5");
		assertThat(first.get("gridCode").asString()).isEqualTo(GRID);
		JsonNode second = find(houses, "room", room2);
		assertThat(second.get("occupancy").asString()).isEqualTo("OWNER_OCCUPIED");
		assertThat(second.get("floor").asInt()).isEqualTo(2);
		assertThat(api.as("admin").get(BASE + "/buildings/" + missing).status()).isEqualTo(404);

		List<List<String>> rejects = rejects(gridworker, job);
		assertThat(rejects.get(0)).containsExactly("房号", "楼栋编码", "楼层", "单元", "房屋性质", "面积(㎡)", "用途",
				"原因", "原行号");
		assertThat(rejects).hasSize(5);
		assertThat(rejects.get(1).get(7)).contains("楼层：应为整数").contains("房屋性质：应为以下之一：")
			.contains("面积：应为数字");
		assertThat(rejects.get(1).get(8)).isEqualTo("6");
		assertThat(rejects.get(2).get(7)).isEqualTo("楼栋编码：楼栋 " + otherBuilding + " 不在您的管辖范围内");
		assertThat(rejects.get(3).get(7)).startsWith("楼栋编码：楼栋 " + missing + " 不存在");
		assertThat(rejects.get(4).get(7)).isEqualTo("房号：与第 3 行楼栋编码、单元、楼层和房号相同但内容不同");

		JsonNode again = importAndWait(gridworker, "house", "房屋.xlsx", file);
		assertThat(again.get("imported").asInt()).isZero();
		assertThat(again.get("updated").asInt()).isZero();
		assertThat(again.get("unchanged").asInt()).isEqualTo(3);
		assertThat(again.get("rejected").asInt()).isEqualTo(4);
		assertThat(gridworker.get(BASE + "/houses/" + first.get("id").asLong()).json().get("version").asInt())
			.isZero();
	}

	@Test
	void organisationsFromAGbkCsvKeepTheirPhoneEncryptedAndRefuseWrongCheckCharacters() {
		String code = PlacesFixtures.creditCode();
		String wrongCheck = wrongCheck(PlacesFixtures.creditCode());
		String outOfScope = PlacesFixtures.creditCode();
		String badPhone = PlacesFixtures.creditCode();
		String phone = PeopleFixtures.mobileEnding5678();
		String name = PlacesFixtures.unique("导入便利店");
		byte[] file = ImportUploads.csv(Charset.forName("GBK"),
				"单位组织信息表,,,,,",
				"单位名称,联系电话,统一社会信用代码*,网格编码,从业人数,法定代表人",
				" " + name + " ,\"1." + phone.substring(1) + "E10\"," + fullWidth(code.toLowerCase()) + "," + GRID
						+ ",12.0,张三",
				"校验错,," + wrongCheck + "," + GRID + ",3,",
				"别的网格,," + outOfScope + "," + OTHER_GRID + ",,",
				",,,,,",
				"电话错,12345," + badPhone + "," + GRID + ",十二,");
		var gridworker = api.as("gridworker1");

		JsonNode job = importAndWait(gridworker, "organisation", "单位.csv", file);
		assertThat(job.get("state").asString()).isEqualTo("DONE");
		assertThat(job.get("total").asInt()).isEqualTo(4);
		assertThat(job.get("imported").asInt()).isEqualTo(1);
		assertThat(job.get("rejected").asInt()).isEqualTo(3);

		JsonNode org = gridworker.get(BASE + "/organisations?q=" + code).json().get("items").get(0);
		assertThat(org.get("name").asString()).isEqualTo(name);
		assertThat(org.get("contactPhone").asString()).isEqualTo("138****5678");
		assertThat(org.get("employees").asInt()).isEqualTo(12);
		assertThat(org.get("legalRepresentative").asString()).isEqualTo("张三");
		byte[] sealed = jdbc.sql("select contact_phone_sealed from organisation where credit_code = :c")
			.param("c", code).query(byte[].class).single();
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(phone);
		assertThat(api.as("admin").get(BASE + "/organisations?q=" + outOfScope).json().get("total").asInt()).isZero();

		List<List<String>> rejects = rejects(gridworker, job);
		assertThat(rejects).hasSize(4);
		assertThat(rejects.get(1).get(6)).isEqualTo("统一社会信用代码：统一社会信用代码校验码不符，请核对是否有错字");
		assertThat(rejects.get(2).get(6)).isEqualTo("网格编码：网格 " + OTHER_GRID + " 不在您的管辖范围内");
		assertThat(rejects.get(3).get(6)).isEqualTo("从业人数：应为整数");

		// the employees fixed, the phone still wrong: the facade refuses the phone on the row
		byte[] fixed = ImportUploads.csv(StandardCharsets.UTF_8, "统一社会信用代码,单位名称,网格编码,联系电话",
				badPhone + ",电话错," + GRID + ",12345");
		JsonNode phoneJob = importAndWait(gridworker, "organisation", "fixed.csv", fixed);
		assertThat(phoneJob.get("rejected").asInt()).isEqualTo(1);
		assertThat(rejects(gridworker, phoneJob).get(1).get(4)).startsWith("联系电话：");

		JsonNode again = importAndWait(gridworker, "organisation", "单位.csv", file);
		assertThat(again.get("imported").asInt()).isZero();
		assertThat(again.get("updated").asInt()).isZero();
		assertThat(again.get("unchanged").asInt()).isEqualTo(1);
		assertThat(again.get("rejected").asInt()).isEqualTo(3);
		assertThat(gridworker.get(BASE + "/organisations/" + org.get("id").asLong()).json().get("version").asInt())
			.isEqualTo(org.get("version").asInt());
	}

	@Test
	void anOrganisationRegisteredInAnotherGridIsNotMovedByAnImport() {
		String code = PlacesFixtures.creditCode();
		var put = api.as("gridworker2").put(BASE + "/organisations",
				java.util.Map.of("creditCode", code, "name", "别处单位", "gridCode", OTHER_GRID));
		assertThat(put.status()).as(put.body()).isEqualTo(201);
		byte[] file = ImportUploads.csv(StandardCharsets.UTF_8, "统一社会信用代码,单位名称,网格编码",
				code + ",搬过来," + GRID);
		JsonNode job = importAndWait(api.as("gridworker1"), "organisation", "move.csv", file);
		assertThat(job.get("rejected").asInt()).isEqualTo(1);
		assertThat(rejects(api.as("gridworker1"), job).get(1).get(3))
			.isEqualTo("统一社会信用代码：该记录（或所填的成员、房屋）登记在您管辖范围以外的网格，请联系所在网格处理");
		JsonNode stored = api.as("admin").get(BASE + "/organisations?q=" + code).json().get("items").get(0);
		assertThat(stored.get("gridCode").asString()).isEqualTo(OTHER_GRID);
		assertThat(stored.get("name").asString()).isEqualTo("别处单位");
	}

	@Test
	void partsWithComponentCodesAsNumbersAreImportedAndMalformedCodesRejected() {
		String code = PlacesFixtures.componentCode();
		String code2 = PlacesFixtures.componentCode();
		String outOfScope = PlacesFixtures.componentCode();
		String badState = PlacesFixtures.componentCode();
		byte[] file = ImportUploads.xlsx(book -> {
			Sheet s = book.createSheet("部件");
			row(s, 0, "状态", "名称", "部件编码", "网格编码", "养护单位");
			row(s, 1, "损坏", "井盖 ", Double.valueOf(code), GRID, "自来水公司");
			row(s, 2, null, "井盖二", fullWidth(code2), Double.valueOf(GRID), null);
			row(s, 3, null, "短码", code.substring(1), GRID, null);
			row(s, 4, null, "别的网格", outOfScope, OTHER_GRID, null);
			row(s, 5, "坏了", "状态错", badState, GRID, null);
		});
		var gridworker = api.as("gridworker1");

		JsonNode job = importAndWait(gridworker, "part", "部件.xlsx", file);
		assertThat(job.get("state").asString()).isEqualTo("DONE");
		assertThat(job.get("imported").asInt()).isEqualTo(2);
		assertThat(job.get("rejected").asInt()).isEqualTo(3);

		JsonNode part = gridworker.get(BASE + "/parts?code=" + code).json().get("items").get(0);
		assertThat(part.get("code").asString()).isEqualTo(code);
		assertThat(part.get("state").asString()).isEqualTo("DAMAGED");
		assertThat(part.get("name").asString()).isEqualTo("井盖");
		assertThat(part.get("maintainer").asString()).isEqualTo("自来水公司");
		assertThat(gridworker.get(BASE + "/parts?code=" + code2).json().get("items").get(0).get("state").asString())
			.isEqualTo("IN_USE");

		List<List<String>> rejects = rejects(gridworker, job);
		assertThat(rejects).hasSize(4);
		assertThat(rejects.get(1).get(5)).isEqualTo("部件编码：部件编码应为 16 位数字");
		assertThat(rejects.get(2).get(5)).isEqualTo("网格编码：网格 " + OTHER_GRID + " 不在您的管辖范围内");
		assertThat(rejects.get(3).get(5)).startsWith("状态：应为以下之一：").contains("损坏");

		JsonNode again = importAndWait(gridworker, "part", "部件.xlsx", file);
		assertThat(again.get("imported").asInt()).isZero();
		assertThat(again.get("updated").asInt()).isZero();
		assertThat(again.get("unchanged").asInt()).isEqualTo(2);
		assertThat(again.get("rejected").asInt()).isEqualTo(3);
	}

	@Test
	void householdsFromAUtf8CsvFindTheirHouseAndMembersByIdNumber() {
		var gridworker = api.as("gridworker1");
		String head = PeopleFixtures.idNumberEnding123X();
		String spouse = PeopleFixtures.idNumber();
		PeopleFixtures.register(gridworker, PeopleFixtures.person("户主甲", head, PeopleFixtures.mobile(), GRID));
		PeopleFixtures.register(gridworker, PeopleFixtures.person("配偶乙", spouse, PeopleFixtures.mobile(), GRID));
		String room = PlacesFixtures.room();
		var house = gridworker.put(BASE + "/houses", PlacesApiTests.house(building, room, "OWNER_OCCUPIED"));
		assertThat(house.status()).as(house.body()).isEqualTo(201);
		String n1 = PlacesFixtures.unique("H");
		String n2 = PlacesFixtures.unique("H");
		String n3 = PlacesFixtures.unique("H");
		String n4 = PlacesFixtures.unique("H");
		String n5 = PlacesFixtures.unique("H");
		String unknown = PeopleFixtures.idNumber();
		byte[] file = ImportUploads.utf8Bom(
				"家庭成员,户号,楼栋编码,单元,楼层,房号,户主证件号码,网格编码",
				"\"" + spouse + "（配偶）\"," + n1 + "," + building + ",1,1," + room + "," + head.toLowerCase() + ",",
				"," + fullWidth(n2) + ",,,,,, " + GRID,
				"," + n3 + "," + building + ",1,1,NOPE1,,",
				"," + n4 + ",,,,,," + OTHER_GRID,
				"," + n5 + ",,,,," + unknown + "," + GRID);
		JsonNode job = importAndWait(gridworker, "household", "户.csv", file);
		assertThat(job.get("state").asString()).isEqualTo("DONE");
		assertThat(job.get("total").asInt()).isEqualTo(5);
		assertThat(job.get("imported").asInt()).isEqualTo(2);
		assertThat(job.get("rejected").asInt()).isEqualTo(3);

		JsonNode first = gridworker.get(BASE + "/households?q=" + n1).json().get("items").get(0);
		assertThat(first.get("gridCode").asString()).isEqualTo(GRID);
		assertThat(first.get("house").get("room").asString()).isEqualTo(room);
		assertThat(first.get("members").valueStream().map(m -> m.get("relation").asString()))
			.containsExactlyInAnyOrder("户主", "配偶");
		assertThat(first.get("members").valueStream().map(m -> m.get("idNumber").asString()))
			.contains("410105********123X");
		assertThat(gridworker.get(BASE + "/households?q=" + n2).json().get("total").asInt()).isEqualTo(1);

		List<List<String>> rejects = rejects(gridworker, job);
		assertThat(rejects).hasSize(4);
		assertThat(rejects.get(1).get(8)).isEqualTo("房屋：所填房屋尚未登记，请先登记房屋");
		assertThat(rejects.get(2).get(8)).isEqualTo("网格编码：网格 " + OTHER_GRID + " 不在您的管辖范围内");
		assertThat(rejects.get(3).get(8)).startsWith("家庭成员：第 1 位成员在人员库中找不到，请先登记该人员");

		JsonNode again = importAndWait(gridworker, "household", "户.csv", file);
		assertThat(again.get("imported").asInt()).isZero();
		assertThat(again.get("updated").asInt()).isZero();
		assertThat(again.get("unchanged").asInt()).isEqualTo(2);
		assertThat(again.get("rejected").asInt()).isEqualTo(3);

		// blank member cells keep the stored members
		byte[] addressOnly = ImportUploads.csv(StandardCharsets.UTF_8, "户号,地址", n1 + ",如意湖小区导入测试");
		JsonNode update = importAndWait(gridworker, "household", "addr.csv", addressOnly);
		assertThat(update.get("updated").asInt()).isEqualTo(1);
		JsonNode updated = gridworker.get(BASE + "/households?q=" + n1).json().get("items").get(0);
		assertThat(updated.get("address").asString()).isEqualTo("如意湖小区导入测试");
		assertThat(updated.get("members").size()).isEqualTo(2);
		assertThat(updated.get("house").get("room").asString()).isEqualTo(room);
	}

	@Test
	void buildingRecordsAreImportedForExistingBuildingsOnly() {
		String missing = GRID + "998";
		// the last building of the grid, so the records other tests give the first one stay theirs
		var all = regions.subtree(org.civicgrid.shared.RegionScope.ALL, RegionCode.of(GRID), org.civicgrid.shared.RegionLevel.BUILDING)
			.stream().filter(r -> r.level() == org.civicgrid.shared.RegionLevel.BUILDING).toList();
		String building = all.get(all.size() - 1).code();
		byte[] file = ImportUploads.csv(StandardCharsets.UTF_8, "楼栋长,楼栋编码,层数,单元数,物业公司",
				"导入楼长," + building + ",33.0,６,导入物业", "无此楼," + missing + ",6,2,", "别人," + otherBuilding + ",6,2,");
		JsonNode job = importAndWait(api.as("community1"), "building", "楼栋.csv", file);
		assertThat(job.get("state").asString()).isEqualTo("DONE");
		assertThat(job.get("imported").asInt() + job.get("updated").asInt() + job.get("unchanged").asInt())
			.isEqualTo(1);
		assertThat(job.get("rejected").asInt()).isEqualTo(2);
		JsonNode record = api.as("community1").get(BASE + "/buildings/" + building).json().get("record");
		assertThat(record.get("floors").asInt()).isEqualTo(33);
		assertThat(record.get("units").asInt()).isEqualTo(6);
		assertThat(record.get("buildingLeader").asString()).isEqualTo("导入楼长");
		List<List<String>> rejects = rejects(api.as("community1"), job);
		assertThat(rejects.get(1).get(5)).startsWith("楼栋编码：楼栋 " + missing + " 不存在");
		assertThat(rejects.get(2).get(5)).isEqualTo("楼栋编码：楼栋 " + otherBuilding + " 不在您的管辖范围内");
		JsonNode again = importAndWait(api.as("community1"), "building", "楼栋.csv", file);
		assertThat(again.get("unchanged").asInt()).isEqualTo(1);
		assertThat(again.get("rejected").asInt()).isEqualTo(2);
	}

	@Test
	void everyKindHasChineseTemplatesThatImportAsTheyAre() {
		for (String kind : List.of("household", "house", "organisation", "part", "building")) {
			var xlsx = api.as("gridworker1").getBytes(IMPORTS + "/templates/" + kind + ".xlsx");
			assertThat(xlsx.statusCode()).as(kind).isEqualTo(200);
			assertThat(read(xlsx.body()).get(0).get(0)).as(kind).matches("\\p{IsHan}.*");
			var csv = api.as("gridworker1").getBytes(IMPORTS + "/templates/" + kind + ".csv");
			assertThat(csv.statusCode()).as(kind).isEqualTo(200);
		}
		assertThat(read(api.as("gridworker1").getBytes(IMPORTS + "/templates/organisation.xlsx").body()).get(0))
			.startsWith("统一社会信用代码", "单位名称", "网格编码");
	}

	private static List<List<String>> rejects(org.civicgrid.testing.Api as, JsonNode job) {
		var r = as.getBytes(IMPORTS + "/" + job.get("id").asLong() + "/rejects.xlsx");
		assertThat(r.statusCode()).isEqualTo(200);
		return read(r.body());
	}

	private static JsonNode find(JsonNode items, String field, String value) {
		return items.valueStream().filter(i -> value.equals(i.get(field).asString())).findFirst()
			.orElseThrow(() -> new AssertionError("no " + field + " " + value + " in " + items));
	}

	/** The same code with another (wrong) check character. */
	private static String wrongCheck(String code) {
		char last = code.charAt(17);
		return code.substring(0, 17) + (last == '0' ? '1' : '0');
	}
}

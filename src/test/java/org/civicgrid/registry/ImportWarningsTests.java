package org.civicgrid.registry;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.registry.ImportUploads.IMPORTS;
import static org.civicgrid.registry.ImportUploads.importAndWait;
import static org.civicgrid.registry.ImportUploads.read;
import static org.civicgrid.registry.ImportUploads.row;
import static org.civicgrid.registry.ImportUploads.sheetNames;
import static org.civicgrid.registry.PeopleFixtures.GRID;
import static org.civicgrid.registry.PeopleFixtures.PATH;

/**
 * The ID number is the authority on a birth date (GB 11643-1999, digits 7–14): a 出生日期 cell that says otherwise
 * is overruled, the row imported with the number's date, and the job reports the row as warned — in its JSON, in
 * the caller's language, and in the 警告 sheet of the result workbook beside the rejects.
 */
class ImportWarningsTests extends ApiTest {

	private static final String OVERRULED_ZH = "与身份证号码中的出生日期不符，已按身份证号码导入";

	@Test
	void aBirthDateThatContradictsTheIdNumberIsImportedWithTheNumbersDateAndAWarning() {
		String wrongDate = PeopleFixtures.idNumber();
		String rightDate = PeopleFixtures.idNumber();
		String badCheck = IdNumbers.withWrongCheck(PeopleFixtures.idNumber().substring(0, 17));
		String registered = PeopleFixtures.idNumber();
		long registeredId = PeopleFixtures.register(api.as("gridworker1"),
				PeopleFixtures.person("郑重", registered, null, GRID));
		byte[] file = ImportUploads.xlsx(book -> {
			Sheet s = book.createSheet("人口");
			CellStyle date = book.createCellStyle();
			date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
			row(s, 0, "姓名", "证件号码", "联系电话", "网格编码", "出生日期");
			row(s, 1, "钱多多", wrongDate, null, GRID, typed(birthOf(wrongDate).plusYears(1)));
			row(s, 2, "孙悦", rightDate, null, GRID, excelDay(birthOf(rightDate))).getCell(4).setCellStyle(date);
			row(s, 3, "错号", badCheck, null, GRID, typed(birthOf(badCheck).minusDays(3)));
			row(s, 4, "郑重", registered, null, GRID, typed(birthOf(registered).plusMonths(2)));
		});
		var gridworker = api.as("gridworker1");

		JsonNode job = importAndWait(gridworker, "person", "出生日期.xlsx", file);

		assertThat(job.get("state").asString()).isEqualTo("DONE");
		assertThat(job.get("imported").asInt()).as(job.toString()).isEqualTo(2);
		assertThat(job.get("unchanged").asInt()).as("the registered person's date is the number's already")
			.isEqualTo(1);
		assertThat(job.get("rejected").asInt()).as("a rejected row carries no warning").isEqualTo(1);
		assertThat(job.get("warned").asInt()).isEqualTo(2);
		assertThat(job.get("warnings").valueStream().map(w -> List.of(w.get("row").asInt(), w.get("field").asString(),
				w.get("column").asString(), w.get("message").asString())))
			.containsExactly(List.of(2, "birthDate", "出生日期", OVERRULED_ZH),
					List.of(5, "birthDate", "出生日期", OVERRULED_ZH));
		long id = job.get("id").asLong();
		assertThat(gridworker.inEnglish().get(IMPORTS + "/" + id).json().get("warnings").get(0).get("message").asString())
			.isEqualTo("contradicts the birth date in the ID number; the ID number's date was imported");

		assertThat(only(gridworker.get(PATH + "?idNumber=" + wrongDate)).get("birthDate").asString())
			.isEqualTo(birthOf(wrongDate).toString());
		assertThat(only(gridworker.get(PATH + "?idNumber=" + rightDate)).get("birthDate").asString())
			.isEqualTo(birthOf(rightDate).toString());
		JsonNode kept = gridworker.get(PATH + "/" + registeredId).json();
		assertThat(kept.get("birthDate").asString()).isEqualTo(birthOf(registered).toString());
		assertThat(kept.get("version").asInt()).isEqualTo(1);

		var result = gridworker.getBytes(IMPORTS + "/" + id + "/rejects.xlsx");
		assertThat(result.statusCode()).isEqualTo(200);
		assertThat(sheetNames(result.body())).containsExactly("未导入", "警告");
		assertThat(read(result.body(), "警告")).containsExactly(List.of("原行号", "列", "警告"),
				List.of("2", "出生日期", OVERRULED_ZH), List.of("5", "出生日期", OVERRULED_ZH));
		List<List<String>> rejects = read(result.body(), "未导入");
		assertThat(rejects).hasSize(2);
		assertThat(rejects.get(1).get(0)).isEqualTo("错号");
		assertThat(rejects.get(1).get(6)).isEqualTo("4");
	}

	@Test
	void aJobWithoutWarningsSaysSoAndItsWarningsSheetHasOnlyTheHeader() {
		String id = PeopleFixtures.idNumber();
		byte[] csv = ImportUploads.csv(StandardCharsets.UTF_8, "姓名,证件号码,联系电话,网格编码,出生日期",
				"冯安," + id + ",," + GRID + "," + birthOf(id));
		JsonNode job = importAndWait(api.as("gridworker1"), "person", "ok.csv", csv);
		assertThat(job.get("imported").asInt()).isEqualTo(1);
		assertThat(job.get("warned").asInt()).isZero();
		assertThat(job.get("warnings").isEmpty()).isTrue();
		byte[] result = api.as("gridworker1").getBytes(IMPORTS + "/" + job.get("id").asLong() + "/rejects.xlsx").body();
		assertThat(read(result, "警告")).containsExactly(List.of("原行号", "列", "警告"));
	}

	/** The birth date in digits 7–14 of an ID number, read here independently of {@link IdNumber}. */
	private static LocalDate birthOf(String idNumber) {
		return LocalDate.parse(idNumber.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
	}

	private static String typed(LocalDate date) {
		return date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth();
	}

	private static Double excelDay(LocalDate date) {
		return (double) java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), date);
	}

	private static JsonNode only(org.civicgrid.testing.Api.Response r) {
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().get("total").asInt()).as(r.body()).isEqualTo(1);
		return r.json().get("items").get(0);
	}
}

package org.civicgrid.registry;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.registry.ImportUploads.IMPORTS;
import static org.civicgrid.registry.ImportUploads.importAndWait;
import static org.civicgrid.registry.ImportUploads.read;
import static org.civicgrid.registry.PlacesFixtures.BASE;

/**
 * The templates as a street office downloads them: every ID number in an example is a valid resident identity card
 * number whose birth date and sex are the example's own, the .csv holds the .xlsx's rows, and the untouched
 * templates import as they are in the order building, house, person, household, ending as one family in one house.
 */
class ImportTemplatesTests extends ApiTest {

	private static final List<String> KINDS = List.of("building", "house", "person", "household", "organisation",
			"part");
	private static final Pattern MEMBER = Pattern.compile("([0-9X]{18})\\(([^)]+)\\)");

	@Test
	void everyExampleIdNumberIsValidAndAgreesWithTheExamplesBirthDateAndSex() {
		List<List<String>> people = rows("person");
		assertThat(people.get(0)).startsWith("姓名", "证件号码", "联系电话", "网格编码");
		assertThat(people).hasSize(4);
		int id = people.get(0).indexOf("证件号码");
		int sex = people.get(0).indexOf("性别");
		int born = people.get(0).indexOf("出生日期");
		for (List<String> row : people.subList(1, people.size())) {
			IdNumber number = IdNumber.parse(row.get(id), LocalDate.of(2026, 1, 1));
			assertThat(IdNumbers.withCheck(row.get(id).substring(0, 17))).as("GB 11643 check character")
				.isEqualTo(row.get(id));
			assertThat(number.birthDate()).as(row.get(0)).isEqualTo(LocalDate.parse(row.get(born)));
			assertThat(number.sex()).as(row.get(0)).isEqualTo(row.get(sex).equals("男") ? Sex.MALE : Sex.FEMALE);
		}
		assertThat(people.subList(1, 4).stream().map(r -> r.get(0))).containsExactly("张三", "李梅", "张小明");

		List<List<String>> households = rows("household");
		List<String> household = households.get(1);
		String head = household.get(households.get(0).indexOf("户主证件号码"));
		Matcher members = MEMBER.matcher(household.get(households.get(0).indexOf("家庭成员")));
		List<String> named = new ArrayList<>(List.of(head));
		while (members.find()) {
			IdNumber.parse(members.group(1), LocalDate.of(2026, 1, 1));
			named.add(members.group(1));
		}
		assertThat(named).as("the household names the person template's three people")
			.containsExactlyElementsOf(people.subList(1, 4).stream().map(r -> r.get(id)).toList());
		assertThat(CreditCode.parse(rows("organisation").get(1).get(0)).value()).isEqualTo(rows("organisation").get(1).get(0));
	}

	@Test
	void theCsvTemplatesHoldTheSameRowsAsTheXlsxOnes() {
		for (String kind : KINDS) {
			var csv = api.as("gridworker1").getBytes(IMPORTS + "/templates/" + kind + ".csv");
			assertThat(csv.statusCode()).as(kind).isEqualTo(200);
			String text = new String(csv.body(), StandardCharsets.UTF_8);
			assertThat(text).as(kind).startsWith("\uFEFF");
			List<List<String>> lines = Arrays.stream(text.substring(1).split("\r\n"))
				.map(l -> Arrays.asList(l.split(",", -1))).toList();
			assertThat(lines).as(kind).isEqualTo(padded(rows(kind), lines.get(0).size()));
		}
	}

	@Test
	void theUntouchedTemplatesImportAsOneFamilyInOneHouse() {
		var worker = api.as("gridworker1");
		for (String kind : KINDS) {
			int examples = rows(kind).size() - 1;
			JsonNode job = importAndWait(worker, kind, kind + ".xlsx", template(kind, "xlsx"));
			assertThat(job.get("state").asString()).as(kind).isEqualTo("DONE");
			assertThat(job.get("rejected").asInt()).as(kind + " " + job).isZero();
			assertThat(job.get("imported").asInt() + job.get("updated").asInt() + job.get("unchanged").asInt())
				.as(kind).isEqualTo(examples);
			JsonNode again = importAndWait(worker, kind, kind + ".csv", template(kind, "csv"));
			assertThat(again.get("unchanged").asInt()).as(kind + " as .csv, after the .xlsx " + again)
				.isEqualTo(examples);
			assertThat(again.get("rejected").asInt()).as(kind).isZero();
		}

		JsonNode household = worker.get(BASE + "/households?q=RYH-0301-0502").json().get("items").get(0);
		assertThat(household.get("members").valueStream().map(m -> m.get("name").asString() + "(" + m.get("relation").asString() + ")"))
			.containsExactly("张三(户主)", "李梅(配偶)", "张小明(子女)");
		assertThat(household.get("house").get("room").asString()).isEqualTo("502");
		assertThat(household.get("house").get("buildingCode").asString()).isEqualTo("410105560001001001");
		JsonNode person = worker.get(PeopleFixtures.PATH + "?q=张小明").json().get("items").get(0);
		assertThat(person.get("sex").asString()).isEqualTo("MALE");
		assertThat(person.get("birthDate").asString()).isEqualTo("2010-05-06");
	}

	private List<List<String>> rows(String kind) {
		return read(template(kind, "xlsx"));
	}

	private byte[] template(String kind, String format) {
		var r = api.as("gridworker1").getBytes(IMPORTS + "/templates/" + kind + "." + format);
		assertThat(r.statusCode()).as(kind + "." + format).isEqualTo(200);
		return r.body();
	}

	/** POI leaves trailing blank cells out; the csv writes them. */
	private static List<List<String>> padded(List<List<String>> rows, int width) {
		return rows.stream().map(r -> {
			List<String> cells = new ArrayList<>(r);
			while (cells.size() < width) {
				cells.add("");
			}
			return (List<String>) cells;
		}).toList();
	}
}

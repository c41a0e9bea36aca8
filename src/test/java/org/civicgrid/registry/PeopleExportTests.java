package org.civicgrid.registry;

import java.util.List;

import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.registry.PeopleFixtures.GRID;
import static org.civicgrid.registry.PeopleFixtures.PATH;
import static org.civicgrid.registry.PeopleFixtures.person;
import static org.civicgrid.registry.PeopleFixtures.register;
import static org.civicgrid.shared.ProblemAssertions.assertProblem;

/** Exporting a filtered list: masked for a grid worker, clear only for a permitted role with a reason, audited. */
class PeopleExportTests extends ApiTest {

	private static final String EXPORT = PATH + "/export.xlsx";

	@Test
	void aGridWorkersExportIsMaskedAndHoldsOnlyTheFilteredPeopleOfTheirScope() {
		String id = PeopleFixtures.idNumber();
		String phone = PeopleFixtures.mobileEnding5678();
		register(api.as("gridworker1"), person("导出甲", id, phone, GRID, "残疾人"));
		var r = api.as("gridworker1").getBytes(EXPORT + "?idNumber=" + id);
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.headers().firstValue("content-type").orElse("")).contains("spreadsheetml");
		List<List<String>> rows = ImportUploads.read(r.body());
		assertThat(rows.get(0)).startsWith("姓名", "证件号码", "联系电话", "网格编码");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).get(0)).isEqualTo("导出甲");
		assertThat(rows.get(1).get(1)).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
		assertThat(rows.get(1).get(2)).isEqualTo("138****5678");
		assertThat(rows.get(1).get(3)).isEqualTo(GRID);
		assertThat(rows.get(1)).contains("残疾人");

		var all = ImportUploads.read(api.as("gridworker1").getBytes(EXPORT + "?size=5").body());
		assertThat(all.stream().skip(1).map(row -> row.get(3))).allMatch(g -> g.startsWith("410105560001001"));
		assertThat(String.join(",", all.stream().flatMap(List::stream).toList())).doesNotContain(id);

		JsonNode audit = api.as("admin").get("/api/v1/audit?actor=gridworker1&action=PEOPLE_EXPORTED&size=5").json();
		assertThat(audit.get("total").asInt()).isGreaterThanOrEqualTo(2);
		assertThat(audit.get("items").valueStream().map(e -> e.get("detail").asString()))
			.anyMatch(d -> d.contains("idNumber=" + id.substring(0, 6) + "********") && d.contains("rows: 1"));
	}

	@Test
	void aCommunityWorkerWithAReasonExportsInClearAndTheRevealIsAudited() {
		String id = PeopleFixtures.idNumber();
		String phone = PeopleFixtures.mobile();
		register(api.as("community1"), person("导出乙", id, phone, GRID));
		var r = api.as("community1").getBytes(EXPORT + "?idNumber=" + id + "&revealReason=%E6%A0%B8%E5%AF%B9%E4%BD%8F%E6%88%B7");
		assertThat(r.statusCode()).isEqualTo(200);
		List<List<String>> rows = ImportUploads.read(r.body());
		assertThat(rows.get(1).get(1)).isEqualTo(id);
		assertThat(rows.get(1).get(2)).isEqualTo(phone);
		JsonNode audit = api.as("admin").get("/api/v1/audit?actor=community1&action=PEOPLE_EXPORTED_REVEALED").json();
		assertThat(audit.get("items").valueStream().map(e -> e.get("detail").asString()))
			.anyMatch(d -> d.contains("rows: 1") && d.contains("核对住户"));
	}

	@Test
	void refusals() {
		assertProblem(api.as("gridworker1").get(EXPORT + "?region=410105560002"), 403, "out-of-scope");
		assertProblem(api.as("community1").get(EXPORT + "?region=410105"), 403, "out-of-scope");
		assertProblem(api.as("resident1").get(EXPORT), 403, "forbidden");
		assertProblem(api.as("gridworker1").get(EXPORT + "?revealReason=%E6%A0%B8%E5%AF%B9%E4%BD%8F%E6%88%B7"), 403,
				"forbidden");
		var shortReason = api.as("community1").get(EXPORT + "?revealReason=ab");
		assertThat(shortReason.status()).isEqualTo(422);
		assertThat(shortReason.errorFields()).containsExactly("reason");
		assertThat(api.as("gridworker1").get(EXPORT + "?region=12").errorFields()).containsExactly("region");
		assertThat(api.get(EXPORT).status()).isEqualTo(401);
		JsonNode refused = api.as("admin").get("/api/v1/audit?actor=gridworker1&action=PERSONAL_DATA_REVEAL_REFUSED").json();
		assertThat(refused.get("items").valueStream().map(e -> e.get("target").asString())).contains("people-export");
	}
}

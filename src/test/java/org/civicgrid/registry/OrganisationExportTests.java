package org.civicgrid.registry;

import java.util.List;
import java.util.Map;

import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.registry.PeopleFixtures.GRID;
import static org.civicgrid.registry.PlacesFixtures.BASE;
import static org.civicgrid.shared.ProblemAssertions.assertProblem;

/** Exporting the filtered organisation list: contact masked unless revealed with a reason, audited, scoped. */
class OrganisationExportTests extends ApiTest {

	private static final String EXPORT = BASE + "/organisations/export.xlsx";

	private static Map<String, Object> organisation(String code, String name, String phone, String grid) {
		return Map.of("creditCode", code, "name", name, "type", "企业", "contactPhone", phone, "employees", 7,
				"address", "如意湖导出测试", "gridCode", grid);
	}

	@Test
	void aGridWorkersExportIsMaskedFilteredScopedAndAudited() {
		String code = PlacesFixtures.creditCode();
		String name = PlacesFixtures.unique("导出单位");
		String phone = PeopleFixtures.mobileEnding5678();
		var put = api.as("gridworker1").put(BASE + "/organisations", organisation(code, name, phone, GRID));
		assertThat(put.status()).as(put.body()).isEqualTo(201);

		var r = api.as("gridworker1").getBytes(EXPORT + "?q=" + code);
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.headers().firstValue("content-type").orElse("")).contains("spreadsheetml");
		List<List<String>> rows = ImportUploads.read(r.body());
		assertThat(rows.get(0)).startsWith("统一社会信用代码", "单位名称", "网格编码");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1)).startsWith(code, name, GRID);
		assertThat(rows.get(1)).contains("138****5678", "7", "如意湖导出测试").doesNotContain(phone);

		List<List<String>> all = ImportUploads.read(api.as("gridworker1").getBytes(EXPORT).body());
		assertThat(all.stream().skip(1).map(row -> row.get(2))).isNotEmpty().allMatch(g -> g.startsWith(GRID));
		assertThat(String.join(",", all.stream().flatMap(List::stream).toList())).doesNotContain(phone);

		JsonNode audit = api.as("admin").get("/api/v1/audit?actor=gridworker1&action=ORGANISATIONS_EXPORTED&size=5")
			.json();
		assertThat(audit.get("items").valueStream().map(e -> e.get("detail").asString()))
			.anyMatch(d -> d.contains("q=" + code) && d.contains("rows: 1"));
	}

	@Test
	void aCommunityWorkerWithAReasonExportsTheContactInClearAndTheRevealIsAudited() {
		String code = PlacesFixtures.creditCode();
		String phone = PeopleFixtures.mobile();
		api.as("community1").put(BASE + "/organisations", organisation(code, PlacesFixtures.unique("明文单位"), phone, GRID));
		var r = api.as("community1").getBytes(EXPORT + "?q=" + code + "&revealReason=%E6%A0%B8%E5%AF%B9%E5%8D%95%E4%BD%8D");
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(ImportUploads.read(r.body()).get(1)).contains(phone);
		JsonNode audit = api.as("admin")
			.get("/api/v1/audit?actor=community1&action=ORGANISATIONS_EXPORTED_REVEALED").json();
		assertThat(audit.get("items").valueStream().map(e -> e.get("detail").asString()))
			.anyMatch(d -> d.contains("rows: 1") && d.contains("核对单位"));
	}

	@Test
	void refusals() {
		assertProblem(api.as("resident1").get(EXPORT), 403, "forbidden");
		assertProblem(api.as("gridworker1").get(EXPORT + "?region=410105560002"), 403, "out-of-scope");
		assertProblem(api.as("community1").get(EXPORT + "?region=410105560002001"), 403, "out-of-scope");
		assertProblem(api.as("gridworker1").get(EXPORT + "?revealReason=%E6%A0%B8%E5%AF%B9%E5%8D%95%E4%BD%8D"), 403,
				"forbidden");
		var shortReason = api.as("community1").get(EXPORT + "?revealReason=ab");
		assertThat(shortReason.status()).isEqualTo(422);
		assertThat(shortReason.errorFields()).containsExactly("reason");
		assertThat(api.as("gridworker1").get(EXPORT + "?region=12").errorFields()).containsExactly("region");
		assertThat(api.get(EXPORT).status()).isEqualTo(401);
		JsonNode refused = api.as("admin")
			.get("/api/v1/audit?actor=gridworker1&action=PERSONAL_DATA_REVEAL_REFUSED").json();
		assertThat(refused.get("items").valueStream().map(e -> e.get("target").asString()))
			.contains("organisations-export");
	}
}

package org.civicgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A reporter's contact is personal data: sealed in the database, masked in every answer, shown in clear only to a
 * role that may reveal personal data, inside its scope, for a reason, and every attempt is audited.
 */
class ReporterContactApiTests extends ApiTest {

	@Autowired
	JdbcClient jdbc;

	CaseApiFixture cases;

	@BeforeEach
	void setUp() {
		cases = new CaseApiFixture(api);
	}

	private long reportWithContact(String contact) {
		Map<String, Object> body = new HashMap<>(cases.report("联系方式 " + CaseApiFixture.marker()));
		body.put("reporterContact", contact);
		var r = api.as("resident1").post("/api/v1/cases", body);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().path("id").asLong();
	}

	@Test
	void theContactIsSealedAtRestAndMaskedInTheCase() {
		long id = reportWithContact("王先生 139 1234 5678");

		Map<String, Object> row = jdbc.sql("""
				select reporter_contact, reporter_contact_sealed, reporter_contact_hash from event_case where id = :id""")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(row.get("reporter_contact")).isNull();
		byte[] sealed = (byte[]) row.get("reporter_contact_sealed");
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("13912345678").doesNotContain("5678");
		assertThat((String) row.get("reporter_contact_hash")).hasSize(64);

		JsonNode detail = api.as("dispatcher").get("/api/v1/cases/" + id).json();
		assertThat(detail.path("reporterContact").asString()).endsWith("5678").contains("*").doesNotContain("1234");
		assertThat(api.as("resident1").get("/api/v1/cases/" + id).body()).doesNotContain("1234 5678");
	}

	@Test
	void aPermittedRoleRevealsItWithAReasonAndTheAuditTrailKeepsIt() {
		long id = reportWithContact("13912340000");
		String reason = "回访上报人 " + id;

		var r = api.as("dispatcher").post("/api/v1/cases/" + id + "/reporter-contact/reveal", Map.of("reason", reason));

		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().path("reporterContact").asString()).isEqualTo("13912340000");
		assertThat(r.json().path("id").asLong()).isEqualTo(id);
		JsonNode entry = audit("PERSONAL_DATA_REVEALED", "case:" + id + ":contact");
		assertThat(entry.path("actor").asString()).isEqualTo("dispatcher");
		assertThat(entry.path("detail").asString()).isEqualTo(reason);
		assertThat(entry.path("regionCode").asString()).isEqualTo(CaseApiFixture.GRID);
		assertThat(entry.toString()).doesNotContain("13912340000");
	}

	@Test
	void aRoleThatMayNotRevealIsRefusedAndTheRefusalIsAudited() {
		long id = reportWithContact("13912340001");

		var r = api.as("gridworker1").post("/api/v1/cases/" + id + "/reporter-contact/reveal",
				Map.of("reason", "想看看号码"));

		assertThat(r.status()).isEqualTo(403);
		assertThat(r.json().path("type").asString()).endsWith("/forbidden");
		assertThat(r.body()).doesNotContain("13912340001");
		assertThat(audit("PERSONAL_DATA_REVEAL_REFUSED", "case:" + id + ":contact").path("detail").asString())
			.contains("role GRID_WORKER");
	}

	@Test
	void staffWhoDoNotSeeTheCaseAreRefusedBeforeAnyReveal() {
		long id = reportWithContact("13912340002");
		// a case of community 410105560001: the worker of another grid does not see it at all
		var r = api.as("gridworker2").post("/api/v1/cases/" + id + "/reporter-contact/reveal",
				Map.of("reason", "回访上报人"));
		assertThat(r.status()).isEqualTo(403);
		assertThat(r.json().path("type").asString()).endsWith("/out-of-scope");
		var anonymous = api.post("/api/v1/cases/" + id + "/reporter-contact/reveal", Map.of("reason", "回访上报人"));
		assertThat(anonymous.status()).isEqualTo(401);
	}

	@Test
	void aRevealWithoutASufficientReasonNamesTheReason() {
		long id = reportWithContact("13912340003");

		var r = api.as("dispatcher").post("/api/v1/cases/" + id + "/reporter-contact/reveal", Map.of("reason", "看"));

		assertThat(r.status()).isEqualTo(422);
		assertThat(r.json().path("errors").get(0).path("field").asString()).isEqualTo("reason");
		assertThat(r.body()).doesNotContain("13912340003");
		var none = api.as("dispatcher").post("/api/v1/cases/" + id + "/reporter-contact/reveal", null);
		assertThat(none.status()).isEqualTo(422);
	}

	@Test
	void anUnknownCaseIsNotFound() {
		var r = api.as("dispatcher").post("/api/v1/cases/999999999/reporter-contact/reveal", Map.of("reason", "回访上报人"));
		assertThat(r.status()).isEqualTo(404);
	}

	private JsonNode audit(String action, String target) {
		var r = api.as("admin").get("/api/v1/audit?action=" + action + "&size=500");
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		List<JsonNode> entries = r.json().path("items").valueStream()
			.filter(e -> e.path("target").asString().equals(target))
			.toList();
		assertThat(entries).as(r.body()).hasSize(1);
		return entries.get(0);
	}
}

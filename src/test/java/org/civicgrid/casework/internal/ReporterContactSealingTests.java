package org.civicgrid.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Contacts an earlier version kept in plain text are sealed at the next start, and then read like any other. */
class ReporterContactSealingTests extends ApiTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReporterContactSealing sealing;

	@Autowired
	ReporterContacts contacts;

	@Test
	void aPlainContactIsSealedHashedAndEmptiedAndASecondRunFindsNothing() {
		JsonNode centroid = api.as("gridworker1").get("/api/v1/regions/410105560001001").json().path("centroid");
		var r = api.as("resident1").post("/api/v1/cases", Map.of("categoryCode", "E0102", "description", "旧版本的联系方式",
				"location", Map.of("lat", centroid.path("lat").asDouble(), "lng", centroid.path("lng").asDouble())));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		long id = r.json().path("id").asLong();
		jdbc.sql("""
				update event_case set reporter_contact = '李先生 137 0000 1234', reporter_contact_sealed = null,
				    reporter_contact_hash = null where id = :id""").param("id", id).update();

		sealing.run(null);

		Map<String, Object> row = jdbc.sql("""
				select reporter_contact, reporter_contact_sealed, reporter_contact_hash from event_case where id = :id""")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(row.get("reporter_contact")).isNull();
		SealedContact sealed = new SealedContact((byte[]) row.get("reporter_contact_sealed"),
				(String) row.get("reporter_contact_hash"));
		assertThat(contacts.open(sealed)).isEqualTo("李先生 137 0000 1234");
		assertThat(sealed.phoneHash()).isEqualTo(contacts.hashOf("13700001234").orElseThrow());
		assertThat(api.as("dispatcher").get("/api/v1/cases/" + id).json().path("reporterContact").asString())
			.endsWith("1234").doesNotContain("0000");
		assertThat(jdbc.sql("select count(*) from event_case where reporter_contact is not null").query(Long.class)
			.single()).isZero();
	}
}

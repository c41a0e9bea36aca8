package org.civicgrid.registry;

import java.util.List;
import java.util.Map;

import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.registry.PeopleFixtures.GRID;
import static org.civicgrid.registry.PeopleFixtures.PATH;
import static org.civicgrid.registry.PeopleFixtures.person;
import static org.civicgrid.registry.PeopleFixtures.register;
import static org.civicgrid.shared.ProblemAssertions.assertProblem;

/**
 * What reaches the database: no column of a person or of their history holds an ID number or phone number in
 * clear, and every change is kept with who, when, from where and what (identifiers masked).
 */
class PeopleStorageTests extends ApiTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void noColumnHoldsTheIdNumberOrPhoneInClear() {
		String id = PeopleFixtures.idNumberEnding123X();
		String phone = PeopleFixtures.mobileEnding5678();
		long personId = register(api.as("community1"), person("冯玉珍", id, phone, GRID));

		String row = jdbc.sql("select row_to_json(p)::text from person p where id = :id").param("id", personId)
			.query(String.class).single();
		String sealed = jdbc.sql("""
				select encode(id_number_sealed, 'escape') || encode(phone_sealed, 'escape') from person where id = :id""")
			.param("id", personId).query(String.class).single();
		String history = jdbc.sql("select coalesce(string_agg(row_to_json(h)::text, ''), '') from person_history h "
				+ "where person_id = :id").param("id", personId).query(String.class).single();
		for (String stored : List.of(row, sealed, history)) {
			assertThat(stored).doesNotContain(id).doesNotContain(id.substring(6, 17)).doesNotContain(phone)
				.doesNotContain(phone.substring(3, 7) + "5678");
		}
		assertThat(row).contains("\"id_number_hash\"").contains("\"phone_hash\"");
		assertThat(jdbc.sql("select length(id_number_hash) from person where id = :id").param("id", personId)
			.query(Integer.class).single()).isEqualTo(64);
		assertThat(history).contains("410105********123X").contains("138****5678");
	}

	@Test
	void anUpdateKeepsWhoWhenWhereAndWhatInTheHistoryWithIdentifiersMasked() {
		String id = PeopleFixtures.idNumber();
		String oldPhone = PeopleFixtures.mobileEnding5678();
		String newPhone = PeopleFixtures.mobile();
		long personId = register(api.as("community1"), person("褚国强", id, oldPhone, GRID));

		var r = api.as("gridworker1").patch(PATH + "/" + personId + "?source=HOME_VISIT",
				Map.of("phone", newPhone, "tags", List.of("独居老人"), "notes", "", "employment", "退休"));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().get("phone").asString()).isEqualTo(PeopleApiTestsMasks.phone(newPhone));
		assertThat(r.json().has("notes")).isFalse();
		assertThat(r.json().get("version").asInt()).isEqualTo(2);

		var h = api.as("gridworker1").get(PATH + "/" + personId + "/history");
		assertThat(h.status()).as(h.body()).isEqualTo(200);
		assertThat(h.json().size()).isEqualTo(2);
		JsonNode latest = h.json().get(0);
		assertThat(latest.get("actor").asString()).isEqualTo("gridworker1");
		assertThat(latest.get("source").asString()).isEqualTo("HOME_VISIT");
		assertThat(latest.get("at").asString()).isNotBlank();
		JsonNode changes = latest.get("changes");
		assertThat(changes.propertyNames()).containsExactlyInAnyOrder("phone", "tags", "notes", "employment");
		assertThat(changes.get("phone").get("from").asString()).isEqualTo("138****5678");
		assertThat(changes.get("phone").get("to").asString()).isEqualTo(PeopleApiTestsMasks.phone(newPhone));
		assertThat(changes.get("tags").get("to").get(0).asString()).isEqualTo("独居老人");
		assertThat(h.json().get(1).get("source").asString()).isEqualTo("HOME_VISIT");
		assertThat(h.body()).doesNotContain(id).doesNotContain(oldPhone).doesNotContain(newPhone);

		String stored = jdbc.sql("select string_agg(changes::text, '') from person_history where person_id = :id")
			.param("id", personId).query(String.class).single();
		assertThat(stored).doesNotContain(id).doesNotContain(oldPhone).doesNotContain(newPhone);
	}

	@Test
	void aStaleVersionAndATakenIdNumberAreConflicts() {
		String taken = PeopleFixtures.idNumber();
		register(api.as("community1"), person("卫东", taken, null, GRID));
		long personId = register(api.as("community1"), person("蒋红", PeopleFixtures.idNumber(), null, GRID));
		assertProblem(api.as("community1").patch(PATH + "/" + personId, Map.of("idNumber", taken)), 409, "conflict");
		assertProblem(api.as("community1").patch(PATH + "/" + personId, Map.of("notes", "x", "version", 99)), 409,
				"conflict");
		var unchanged = api.as("community1").patch(PATH + "/" + personId, Map.of("name", "蒋红", "version", 1));
		assertThat(unchanged.status()).as(unchanged.body()).isEqualTo(200);
		assertThat(unchanged.json().get("version").asInt()).isEqualTo(1);
		assertProblem(api.as("community1").patch(PATH + "/" + personId, Map.of("name", "蒋红", "version", 7)), 409,
				"conflict");
		assertThat(api.as("community1").get(PATH + "/" + personId + "/history").json().size()).isEqualTo(1);
		var bad = api.as("community1").patch(PATH + "/" + personId, Map.of("tags", List.of("VIP")));
		assertProblem(bad, 422, "validation");
		assertThat(bad.errorFields()).containsExactly("tags");
	}

	/** The mobile mask, written out independently of Masking. */
	static final class PeopleApiTestsMasks {

		static String phone(String mobile) {
			return mobile.substring(0, 3) + "****" + mobile.substring(7);
		}
	}
}

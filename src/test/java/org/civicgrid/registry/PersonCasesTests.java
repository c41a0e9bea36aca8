package org.civicgrid.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.registry.PeopleFixtures.GRID;
import static org.civicgrid.registry.PeopleFixtures.person;
import static org.civicgrid.registry.PeopleFixtures.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A person's card lists the cases they reported: the cases whose reporter's contact holds the person's phone
 * number, matched by the vault's lookup hash (neither side keeps the number in clear), within the caller's reach.
 */
class PersonCasesTests extends ApiTest {

	private long report(String user, String contact, String description) {
		JsonNode centroid = api.as("gridworker1").get("/api/v1/regions/" + GRID).json().path("centroid");
		var r = api.as(user).post("/api/v1/cases", Map.of("categoryCode", "E0102", "description", description,
				"location", Map.of("lat", centroid.path("lat").asDouble(), "lng", centroid.path("lng").asDouble()),
				"reporterContact", contact));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().path("id").asLong();
	}

	private static List<Long> ids(JsonNode page) {
		List<Long> ids = new ArrayList<>();
		page.path("items").forEach(i -> ids.add(i.path("id").asLong()));
		return ids;
	}

	@Test
	void thePersonsReportsAreFoundByTheirPhoneHoweverItWasWritten() {
		String phone = PeopleFixtures.mobile();
		long personId = register(api.as("community1"), person("孙丽萍", PeopleFixtures.idNumber(), phone, GRID));
		String spaced = phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7);
		long first = report("resident1", "孙女士 " + spaced, "楼道堆物 " + personId);
		long second = report("gridworker1", "+86 " + phone, "路灯不亮 " + personId);
		long other = report("resident1", PeopleFixtures.mobile(), "别人反映 " + personId);

		var r = api.as("community1").get("/api/v1/cases/reported-by-person/" + personId);

		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(ids(r.json())).containsExactly(second, first).doesNotContain(other);
		assertThat(r.json().path("total").asLong()).isEqualTo(2);
		assertThat(r.body()).doesNotContain(phone);
	}

	@Test
	void aPersonOutsideTheCallersScopeIsRefused() {
		long personId = register(api.as("community1"), person("周建国", PeopleFixtures.idNumber(),
				PeopleFixtures.mobile(), GRID));

		assertThat(api.as("gridworker2").get("/api/v1/cases/reported-by-person/" + personId).status()).isEqualTo(403);
		assertThat(api.as("resident1").get("/api/v1/cases/reported-by-person/" + personId).status()).isEqualTo(403);
		assertThat(api.get("/api/v1/cases/reported-by-person/" + personId).status()).isEqualTo(401);
		assertThat(api.as("community1").get("/api/v1/cases/reported-by-person/999999999").status()).isEqualTo(404);
	}

	@Test
	void aPersonWithoutAPhoneReportedNothingTraceable() {
		var body = person("吴桂兰", PeopleFixtures.idNumber(), null, GRID);
		long personId = register(api.as("community1"), body);

		var r = api.as("community1").get("/api/v1/cases/reported-by-person/" + personId);

		assertThat(r.status()).isEqualTo(200);
		assertThat(r.json().path("items").isEmpty()).isTrue();
		assertThat(r.json().path("total").asLong()).isZero();
	}
}

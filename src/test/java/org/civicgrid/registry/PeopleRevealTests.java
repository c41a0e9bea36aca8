package org.civicgrid.registry;

import java.util.Map;

import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.registry.PeopleFixtures.GRID;
import static org.civicgrid.registry.PeopleFixtures.PATH;
import static org.civicgrid.registry.PeopleFixtures.person;
import static org.civicgrid.registry.PeopleFixtures.register;
import static org.civicgrid.shared.ProblemAssertions.assertProblem;

/** Revealing identifiers takes a permitted role, the scope and a reason, and leaves an audit entry either way. */
class PeopleRevealTests extends ApiTest {

	@Test
	void communityStaffRevealWithAReasonAndTheAuditTrailSaysWhoWhoseWhyAndWhen() {
		String id = PeopleFixtures.idNumberEnding123X();
		String phone = PeopleFixtures.mobileEnding5678();
		long personId = register(api.as("community1"), person("钱美华", id.toLowerCase(), phone, GRID));

		String reason = "办理高龄津贴需核对身份证 " + personId;
		var r = api.as("community1").post(PATH + "/" + personId + "/reveal", Map.of("reason", reason));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().get("idNumber").asString()).isEqualTo(id);
		assertThat(r.json().get("phone").asString()).isEqualTo(phone);
		assertThat(r.json().get("personId").asLong()).isEqualTo(personId);

		JsonNode entry = auditEntry("PERSONAL_DATA_REVEALED", "person:" + personId);
		assertThat(entry.get("actor").asString()).isEqualTo("community1");
		assertThat(entry.get("detail").asString()).isEqualTo(reason);
		assertThat(entry.get("regionCode").asString()).isEqualTo(GRID);
		assertThat(entry.get("at").asString()).isNotBlank();
		assertThat(entry.toString()).doesNotContain(id).doesNotContain(phone);
	}

	@Test
	void aRevealWithoutAReasonIsInvalid() {
		long personId = register(api.as("community1"), person("孔德明", PeopleFixtures.idNumber(), null, GRID));
		for (Object body : new Object[] { Map.of(), Map.of("reason", "  看 "), "{}" }) {
			var r = api.as("community1").post(PATH + "/" + personId + "/reveal", body);
			assertProblem(r, 422, "validation");
			assertThat(r.errorFields()).containsExactly("reason");
		}
	}

	@Test
	void aGridWorkerMayNotRevealAndTheRefusalIsAudited() {
		String id = PeopleFixtures.idNumber();
		long personId = register(api.as("community1"), person("曹雪琴", id, PeopleFixtures.mobile(), GRID));
		var r = api.as("gridworker1").post(PATH + "/" + personId + "/reveal", Map.of("reason", "走访时核对身份"));
		assertProblem(r, 403, "forbidden");
		assertThat(r.body()).doesNotContain(id);

		JsonNode entry = auditEntry("PERSONAL_DATA_REVEAL_REFUSED", "person:" + personId);
		assertThat(entry.get("actor").asString()).isEqualTo("gridworker1");
		assertThat(entry.get("detail").asString()).contains("GRID_WORKER").contains("走访时核对身份");
	}

	@Test
	void streetStaffMayRevealAndAdminsToo() {
		String id = PeopleFixtures.idNumber();
		long personId = register(api.as("community1"), person("严守一", id, null, GRID));
		for (String who : new String[] { "dispatcher", "admin" }) {
			var r = api.as(who).post(PATH + "/" + personId + "/reveal", Map.of("reason", "核实求助人身份"));
			assertThat(r.status()).as(r.body()).isEqualTo(200);
			assertThat(r.json().get("idNumber").asString()).isEqualTo(id);
			assertThat(r.json().has("phone")).isFalse();
		}
	}

	@Test
	void communityStaffOfAnotherCommunityAreRefusedOutOfScopeAndAudited() {
		String username = "people-c2-" + Long.toString(System.nanoTime(), 36);
		var account = api.as("admin").post("/api/v1/accounts", Map.of("username", username, "displayName", "二社区",
				"password", "test-password-1", "role", "COMMUNITY_STAFF", "regionCode", "410105560002"));
		assertThat(account.status()).as(account.body()).isEqualTo(201);
		var other = api.withToken(api.tokenFor(username, "test-password-1"));

		String id = PeopleFixtures.idNumber();
		long personId = register(api.as("community1"), person("葛优", id, null, GRID));
		var r = other.post(PATH + "/" + personId + "/reveal", Map.of("reason", "核对户籍信息"));
		assertProblem(r, 403, "out-of-scope");
		assertThat(r.body()).doesNotContain(id);
		assertProblem(other.get(PATH + "/" + personId), 403, "out-of-scope");

		JsonNode entry = auditEntry("PERSONAL_DATA_REVEAL_REFUSED", "person:" + personId);
		assertThat(entry.get("actor").asString()).isEqualTo(username);
		assertThat(entry.get("detail").asString()).contains("out of scope");
	}

	private JsonNode auditEntry(String action, String target) {
		var r = api.as("admin").get("/api/v1/audit?action=" + action + "&size=500");
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json().get("items").valueStream().filter(e -> e.get("target").asString().equals(target))
			.findFirst().orElseThrow(() -> new AssertionError("no " + action + " entry for " + target + ": " + r.body()));
	}
}

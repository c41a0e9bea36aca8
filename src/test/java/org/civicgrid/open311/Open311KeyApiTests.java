package org.civicgrid.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Only admins issue, list and revoke Open311 keys; a key is shown once and stored as a hash. */
class Open311KeyApiTests extends ApiTest {

	@Test
	void adminIssuesAKeyShownOnceAndListsItWithoutTheSecret() {
		String label = "FixMyStreet " + Open311Fixture.marker();
		var issued = api.as("admin").post("/api/v1/open311/keys", Map.of("label", label));
		assertThat(issued.status()).isEqualTo(201);
		String key = issued.json().path("key").asString();
		assertThat(key).startsWith("o311_").hasSizeGreaterThan(40);
		assertThat(issued.json().path("apiKey").path("label").asString()).isEqualTo(label);
		assertThat(issued.json().path("apiKey").path("active").asBoolean()).isTrue();

		var list = api.as("admin").get("/api/v1/open311/keys");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains(label).doesNotContain(key);
		JsonNode mine = null;
		for (JsonNode k : list.json().path("items")) {
			if (label.equals(k.path("label").asString())) {
				mine = k;
			}
		}
		assertThat(mine).isNotNull();
		assertThat(mine.path("hint").asString()).isEqualTo(key.substring(0, 8));
		assertThat(list.body()).contains("演示密钥");

		var revoked = api.as("admin").post("/api/v1/open311/keys/" + mine.path("id").asLong() + "/revoke", Map.of());
		assertThat(revoked.status()).isEqualTo(200);
		assertThat(revoked.json().path("active").asBoolean()).isFalse();
	}

	@Test
	void everyoneButAdminsIsRefused() {
		for (String user : new String[] { "dispatcher", "leader", "gridworker1", "resident1" }) {
			var issue = api.as(user).post("/api/v1/open311/keys", Map.of("label", "x"));
			assertThat(issue.status()).as(user).isEqualTo(403);
			assertThat(issue.json().path("type").asString()).endsWith("/forbidden");
			assertThat(api.as(user).get("/api/v1/open311/keys").status()).as(user).isEqualTo(403);
			assertThat(api.as(user).delete("/api/v1/open311/keys/1").status()).as(user).isEqualTo(403);
		}
		assertThat(api.get("/api/v1/open311/keys").status()).isEqualTo(401);
	}

	@Test
	void badLabelsAndUnknownKeysAreNamed() {
		var blank = api.as("admin").post("/api/v1/open311/keys", Map.of("label", " "));
		assertThat(blank.status()).isEqualTo(422);
		assertThat(blank.json().path("errors").get(0).path("field").asString()).isEqualTo("label");
		assertThat(blank.json().path("errors").get(0).path("message").asString()).contains("密钥名称");
		var missing = api.as("admin").delete("/api/v1/open311/keys/987654321");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.json().path("detail").asString()).contains("987654321");
	}
}

package org.civicgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.civicgrid.registry.vault.PersonalDataVault;
import org.civicgrid.registry.vault.Sealed;
import org.civicgrid.registry.vault.VaultSettings;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A key rotation reaches the reporters' contacts too: casework declares its sealed column to the vault, and the
 * registry's reseal run seals it again under the active key, the lookup hash untouched.
 */
class ReporterContactRotationTests extends ApiTest {

	/** The second key the test profile configures beside the active one (see VaultRotationTests). */
	static final String OLD_KEY = "retired-test";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataVault vault;

	@Autowired
	VaultSettings settings;

	@Test
	void aContactSealedUnderARetiredKeyIsResealedUnderTheActiveOne() throws InterruptedException {
		CaseApiFixture cases = new CaseApiFixture(api);
		Map<String, Object> body = new HashMap<>(cases.report("轮换 " + CaseApiFixture.marker()));
		body.put("reporterContact", "13655556666");
		long id = api.as("resident1").post("/api/v1/cases", body).json().path("id").asLong();
		PersonalDataVault before = new PersonalDataVault(new VaultSettings(OLD_KEY, settings.keys(), settings.hashKey()));
		byte[] stored = sealed(id);
		String hash = hash(id);
		jdbc.sql("update event_case set reporter_contact_sealed = :s where id = :id")
			.param("s", before.reseal(Sealed.of(stored, null)).bytes())
			.param("id", id)
			.update();
		assertThat(Sealed.of(sealed(id), null).keyId()).isEqualTo(OLD_KEY);
		assertThat(api.as("admin").get("/api/v1/registry/vault/keys").body()).contains("event_case.reporter_contact_sealed");

		var started = api.as("admin").post("/api/v1/registry/vault/reseal", "");
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		JsonNode run = null;
		for (int i = 0; i < 600; i++) {
			run = api.as("admin").get("/api/v1/registry/vault/reseal/" + started.json().path("id").asLong()).json();
			if (!run.path("state").asString().equals("RUNNING")) {
				break;
			}
			Thread.sleep(100);
		}
		assertThat(run.path("state").asString()).isEqualTo("DONE");

		Sealed after = Sealed.of(sealed(id), null);
		assertThat(after.keyId()).isEqualTo(vault.activeKeyId());
		assertThat(vault.open(after)).isEqualTo("13655556666");
		assertThat(hash(id)).isEqualTo(hash);
		var revealed = api.as("dispatcher").post("/api/v1/cases/" + id + "/reporter-contact/reveal",
				Map.of("reason", "轮换后回访上报人"));
		assertThat(revealed.json().path("reporterContact").asString()).isEqualTo("13655556666");
	}

	private byte[] sealed(long id) {
		return jdbc.sql("select reporter_contact_sealed from event_case where id = :id").param("id", id)
			.query((rs, i) -> rs.getBytes(1)).single();
	}

	private String hash(long id) {
		return jdbc.sql("select reporter_contact_hash from event_case where id = :id").param("id", id)
			.query(String.class).single();
	}
}

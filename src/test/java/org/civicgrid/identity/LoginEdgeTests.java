package org.civicgrid.identity;

import java.util.Map;

import org.civicgrid.shared.Role;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The corners of signing in: stale tokens, letter case, absurd usernames, clearing a scope. */
class LoginEdgeTests extends ApiTest {

	@Test
	void aStaleTokenSentAlongDoesNotBlockSigningIn() {
		var r = api.withToken("revoked-or-made-up").post("/api/v1/auth/token",
				Map.of("username", "leader", "password", Api.DEMO_PASSWORD));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().get("access_token").asString()).isNotBlank();
	}

	@Test
	void usernamesAreTheSameWhateverTheirCase() {
		var created = TestAccounts.create(api, Role.COMMUNITY_STAFF, "410105560003");
		var twin = api.as("admin").post("/api/v1/accounts",
				TestAccounts.body(created.username().toUpperCase(), Role.COMMUNITY_STAFF, "410105560003"));
		assertThat(twin.status()).as(twin.body()).isEqualTo(409);
		assertThat(api.tokenFor(created.username().toUpperCase(), created.password())).isNotBlank();
	}

	@Test
	void anAbsurdlyLongUsernameIsAnOrdinaryFailedLogin() {
		var r = api.post("/api/v1/auth/token", Map.of("username", "x".repeat(5000), "password", "whatever-it-is"));
		assertThat(r.status()).as(r.body()).isIn(401, 422);
		assertThat(r.json().get("type").asString()).doesNotEndWith("/internal");
	}

	@Test
	void aScopeCanBeClearedForAResident() {
		var resident = TestAccounts.create(api, Role.RESIDENT, "410105560004");
		var r = api.as("admin").patch("/api/v1/accounts/" + resident.id(), Map.of("regionCode", ""));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().has("regionCode")).isFalse();
	}
}

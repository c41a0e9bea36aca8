package org.civicgrid.identity;

import java.util.Map;

import org.civicgrid.testing.Api;
import org.civicgrid.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TokenApiTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		api = Api.on(port);
	}

	@Test
	void issuesABearerTokenForTheRightPassword() {
		var r = api.post("/api/v1/auth/token", Map.of("username", "leader", "password", Api.DEMO_PASSWORD));
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.json().get("token_type").asString()).isEqualTo("Bearer");
		assertThat(r.json().get("expires_in").asLong()).isEqualTo(8 * 3600);
		assertThat(r.json().get("access_token").asString()).hasSizeGreaterThan(40);
	}

	@Test
	void refusesAWrongPasswordWithALocalizedProblem() {
		var r = api.post("/api/v1/auth/token", Map.of("username", "leader", "password", "wrong-password"));
		assertThat(r.status()).isEqualTo(401);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(r.json().get("type").asString()).endsWith("/login-failed");
		assertThat(r.json().get("detail").asString()).isEqualTo("用户名或密码错误。");
	}
}

package org.civicgrid.identity;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.civicgrid.shared.Role;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.shared.ProblemAssertions.assertProblem;

class TokenApiTests extends ApiTest {

	@Test
	void issuesABearerTokenForTheRightPassword() {
		var r = api.post("/api/v1/auth/token", Map.of("username", "leader", "password", Api.DEMO_PASSWORD));
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.json().get("token_type").asString()).isEqualTo("Bearer");
		assertThat(r.json().get("expires_in").asLong()).isEqualTo(8 * 3600);
		assertThat(r.json().get("access_token").asString()).hasSizeGreaterThan(40);
	}

	@Test
	void theIssuedTokenSignsTheCallerIn() {
		String token = api.tokenFor("community1", Api.DEMO_PASSWORD);
		var r = api.withToken(token).get("/api/v1/regions/tree?depth=0");
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().get("code").asString()).isEqualTo("410105560001");
		assertThat(r.json().get("level").asString()).isEqualTo("COMMUNITY");
	}

	@Test
	void everyLoginGetsADifferentToken() {
		String first = api.tokenFor("supervisor", Api.DEMO_PASSWORD);
		String second = api.tokenFor("supervisor", Api.DEMO_PASSWORD);
		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void refusesAWrongPasswordWithALocalizedProblem() {
		var r = api.post("/api/v1/auth/token", Map.of("username", "leader", "password", "wrong-password"));
		assertThat(r.status()).isEqualTo(401);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(r.json().get("type").asString()).endsWith("/login-failed");
		assertThat(r.json().get("detail").asString()).isEqualTo("用户名或密码错误。");
	}

	@Test
	void refusesAWrongPasswordInEnglishWhenAskedInEnglish() {
		var account = TestAccounts.create(api, Role.RESIDENT, null);
		var r = api.inEnglish()
			.post("/api/v1/auth/token", Map.of("username", account.username(), "password", "not-the-password"));
		assertProblem(r, 401, "login-failed");
		assertThat(r.json().get("title").asString()).isEqualTo("Login failed");
		assertThat(r.json().get("detail").asString()).isEqualTo("Wrong username or password.");
		assertThat(r.body()).doesNotContain("access_token");
	}

	@Test
	void refusesAnUnknownUsernameExactlyLikeAWrongPassword() {
		var r = api.post("/api/v1/auth/token",
				Map.of("username", TestAccounts.uniqueUsername("nobody"), "password", "whatever-it-is"));
		assertProblem(r, 401, "login-failed");
		assertThat(r.json().get("title").asString()).isEqualTo("登录失败");
		assertThat(r.json().get("detail").asString()).isEqualTo("用户名或密码错误。");
	}

	@Test
	void aRevokedTokenIsRefusedWhileOtherTokensOfTheSameAccountStillWork() {
		String revoked = api.tokenFor("leader", Api.DEMO_PASSWORD);
		String other = api.tokenFor("leader", Api.DEMO_PASSWORD);
		assertThat(api.withToken(revoked).get("/api/v1/regions/tree?depth=0").status()).isEqualTo(200);

		var delete = api.withToken(revoked).delete("/api/v1/auth/token");
		assertThat(delete.status()).as(delete.body()).isEqualTo(204);
		assertThat(delete.body()).isEmpty();

		var refused = api.withToken(revoked).get("/api/v1/regions/tree?depth=0");
		assertProblem(refused, 401, "invalid-token");
		assertThat(refused.json().get("detail").asString()).isEqualTo("令牌无效、已过期或已撤销，请重新获取。");
		assertThat(refused.headers().get("www-authenticate")).contains("invalid_token");

		var stillFine = api.withToken(other).get("/api/v1/regions/tree?depth=0");
		assertThat(stillFine.status()).isEqualTo(200);
		assertThat(stillFine.json().get("code").asString()).isEqualTo("410105560");
	}

	@Test
	void revokingNeedsAToken() {
		var r = api.delete("/api/v1/auth/token");
		assertProblem(r, 401, "unauthenticated");
	}

	@Test
	void refusesAMadeUpToken() {
		var r = api.withToken("made-up-token-0123456789abcdefghijklmnopqrstuvwxyz").get("/api/v1/regions/tree");
		assertProblem(r, 401, "invalid-token");
		assertThat(r.json().get("title").asString()).isEqualTo("令牌无效");
		assertThat(r.headers().get("www-authenticate")).contains("invalid_token");
		assertThat(r.body()).doesNotContain("410105");
	}

	@Test
	void asksForATokenWhenNoneIsSent() {
		var r = api.get("/api/v1/regions/tree");
		assertProblem(r, 401, "unauthenticated");
		assertThat(r.json().get("detail").asString()).contains("POST /api/v1/auth/token");
		assertThat(r.headers().get("www-authenticate")).startsWith("Bearer");
		assertThat(r.body()).doesNotContain("410105");
	}

	@Test
	void answersMalformedJsonWithABadRequestProblem() {
		var r = api.send("POST", "/api/v1/auth/token", "application/json",
				"{\"username\": \"leader\", \"password\": ".getBytes(StandardCharsets.UTF_8));
		assertProblem(r, 400, "malformed-body");
		assertThat(r.json().get("detail").asString()).isEqualTo("请求体不是有效的 JSON，或字段类型不对。");
		assertThat(r.body()).doesNotContain("access_token");
	}

	@Test
	void namesTheMissingUsername() {
		var r = api.post("/api/v1/auth/token", Map.of("password", Api.DEMO_PASSWORD));
		assertProblem(r, 422, "validation");
		assertThat(r.errorFields()).containsExactly("username");
		assertThat(r.json().get("errors").get(0).get("message").asString()).isEqualTo("不能为空");
		assertThat(r.body()).doesNotContain("access_token");
	}

	@Test
	void namesBothFieldsWhenTheBodyIsEmpty() {
		var r = api.inEnglish().post("/api/v1/auth/token", Map.of());
		assertProblem(r, 422, "validation");
		assertThat(r.errorFields()).containsExactlyInAnyOrder("username", "password");
		assertThat(r.json().get("detail").asString()).isEqualTo("2 input problem(s); see errors for each field.");
	}
}

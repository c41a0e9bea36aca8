package org.civicgrid.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.civicgrid.shared.Role;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.shared.ProblemAssertions.assertProblem;

/** Five wrong passwords in a row lock an account; only an administrator's password reset opens it again early. */
class LockoutTests extends ApiTest {

	private Api.Response login(String username, String password) {
		return api.post("/api/v1/auth/token", Map.of("username", username, "password", password));
	}

	/** Four wrong passwords, each refused as a plain login failure. */
	private void failFourTimes(String username) {
		for (int i = 1; i <= 4; i++) {
			var r = login(username, "wrong-password-" + i);
			assertProblem(r, 401, "login-failed");
		}
	}

	@Test
	void locksTheAccountAfterFiveWrongPasswords() {
		var account = TestAccounts.create(api, Role.GRID_WORKER, "410105560003001");
		failFourTimes(account.username());

		var fifth = login(account.username(), "wrong-password-5");
		assertProblem(fifth, 423, "account-locked");
		assertThat(fifth.json().get("title").asString()).isEqualTo("账户已锁定");
		assertThat(fifth.json().get("detail").asString()).matches("密码连续输错次数过多，账户已锁定至 \\d\\d:\\d\\d。");
		assertThat(fifth.body()).doesNotContain("access_token");

		var view = api.as("admin").get("/api/v1/accounts/" + account.id());
		assertThat(view.status()).isEqualTo(200);
		assertThat(view.json().path("lockedUntil").asString()).isNotBlank();
	}

	@Test
	void aLockedAccountIsRefusedEvenWithTheRightPassword() {
		var account = TestAccounts.create(api, Role.RESIDENT, null);
		failFourTimes(account.username());
		assertThat(login(account.username(), "wrong-password-5").status()).isEqualTo(423);

		var right = login(account.username(), account.password());
		assertProblem(right, 423, "account-locked");
		assertThat(right.body()).doesNotContain("access_token");

		var inEnglish = api.inEnglish().post("/api/v1/auth/token",
				Map.of("username", account.username(), "password", account.password()));
		assertProblem(inEnglish, 423, "account-locked");
		assertThat(inEnglish.json().get("title").asString()).isEqualTo("Account locked");
		assertThat(inEnglish.json().get("detail").asString())
			.matches("Too many wrong passwords: the account is locked until \\d\\d:\\d\\d\\.");
	}

	@Test
	void aSuccessfulLoginStartsTheCountAgain() {
		var account = TestAccounts.create(api, Role.VOLUNTEER, null);
		failFourTimes(account.username());
		assertThat(login(account.username(), account.password()).status()).isEqualTo(200);

		failFourTimes(account.username());
		var r = login(account.username(), account.password());
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().get("access_token").asString()).isNotBlank();
	}

	@Test
	void theAuditTrailRecordsEachFailureTheLockAndTheRefusal() {
		var account = TestAccounts.create(api, Role.COMMUNITY_STAFF, "410105560004");
		failFourTimes(account.username());
		assertThat(login(account.username(), "wrong-password-5").status()).isEqualTo(423);
		assertThat(login(account.username(), account.password()).status()).isEqualTo(423);

		var r = api.as("admin").get("/api/v1/audit?actor=" + account.username() + "&size=50");
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().get("total").asLong()).isEqualTo(7);
		List<String> actions = new ArrayList<>();
		r.json().get("items").forEach(e -> {
			assertThat(e.get("actor").asString()).isEqualTo(account.username());
			assertThat(e.get("target").asString()).isEqualTo(account.username());
			assertThat(e.get("regionCode").asString()).isEqualTo("410105560004");
			actions.add(e.get("action").asString());
		});
		// newest first
		assertThat(actions).containsExactly("LOGIN_REFUSED_LOCKED", "ACCOUNT_LOCKED", "LOGIN_FAILED", "LOGIN_FAILED",
				"LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED");

		var locked = api.as("admin").get("/api/v1/audit?actor=" + account.username() + "&action=ACCOUNT_LOCKED");
		assertThat(locked.json().get("total").asLong()).isEqualTo(1);
		assertThat(locked.json().get("items").get(0).get("detail").asString()).startsWith("locked until ");
	}

	@Test
	void onlyAdministratorsReadTheAuditTrail() {
		var r = api.as("leader").get("/api/v1/audit?actor=admin");
		assertProblem(r, 403, "forbidden");
		assertThat(r.body()).doesNotContain("items");
	}

	@Test
	void anAdminPasswordResetUnlocksTheAccountAndRevokesItsTokens() {
		var account = TestAccounts.create(api, Role.STREET_STAFF, "410105560");
		String oldToken = api.tokenFor(account.username(), account.password());
		assertThat(api.withToken(oldToken).get("/api/v1/regions/tree?depth=0").status()).isEqualTo(200);

		failFourTimes(account.username());
		assertThat(login(account.username(), "wrong-password-5").status()).isEqualTo(423);
		assertThat(login(account.username(), account.password()).status()).isEqualTo(423);

		var reset = api.as("admin").post("/api/v1/accounts/" + account.id() + "/password",
				Map.of("password", "brand-new-password"));
		assertThat(reset.status()).as(reset.body()).isEqualTo(204);
		assertThat(reset.body()).isEmpty();

		var view = api.as("admin").get("/api/v1/accounts/" + account.id());
		assertThat(view.json().path("lockedUntil").isMissingNode() || view.json().path("lockedUntil").isNull()).isTrue();

		assertProblem(api.withToken(oldToken).get("/api/v1/regions/tree?depth=0"), 401, "invalid-token");
		assertProblem(login(account.username(), account.password()), 401, "login-failed");

		var fresh = login(account.username(), "brand-new-password");
		assertThat(fresh.status()).as(fresh.body()).isEqualTo(200);
		var tree = api.withToken(fresh.json().get("access_token").asString()).get("/api/v1/regions/tree?depth=0");
		assertThat(tree.status()).isEqualTo(200);
		assertThat(tree.json().get("code").asString()).isEqualTo("410105560");

		var audit = api.as("admin").get("/api/v1/audit?actor=admin&action=PASSWORD_RESET&size=500");
		List<String> targets = new ArrayList<>();
		audit.json().get("items").forEach(e -> targets.add(e.get("target").asString()));
		assertThat(targets).contains(account.username());
	}

	@Test
	void aPasswordResetRefusesAShortPassword() {
		var account = TestAccounts.create(api, Role.RESIDENT, null);
		var r = api.as("admin").post("/api/v1/accounts/" + account.id() + "/password", Map.of("password", "short"));
		assertProblem(r, 422, "validation");
		assertThat(r.errorFields()).containsExactly("password");
		assertThat(login(account.username(), account.password()).status()).isEqualTo(200);
	}
}

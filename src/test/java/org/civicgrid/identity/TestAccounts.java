package org.civicgrid.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.civicgrid.shared.Role;
import org.civicgrid.testing.Api;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts of a test's own, opened through the admin API with usernames no other test uses, so that tests
 * which lock, disable or reset an account never touch the demo accounts the other tests sign in with.
 */
final class TestAccounts {

	static final String PASSWORD = "test-password-1";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	/** A created account, and the password it was given. */
	record Created(long id, String username, String password, Role role, String regionCode) {
	}

	private TestAccounts() {
	}

	static String uniqueUsername(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36) + "-" + SEQUENCE.incrementAndGet();
	}

	static Map<String, Object> body(String username, Role role, String regionCode) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("username", username);
		body.put("displayName", "测试账户 " + username);
		body.put("password", PASSWORD);
		body.put("role", role == null ? null : role.name());
		body.put("regionCode", regionCode);
		return body;
	}

	/** Opens an account as {@code admin} and checks it was opened. */
	static Created create(Api admin, String prefix, Role role, String regionCode) {
		String username = uniqueUsername(prefix);
		var r = admin.post("/api/v1/accounts", body(username, role, regionCode));
		assertThat(r.status()).as("creating %s: %s", username, r.body()).isEqualTo(201);
		return new Created(r.json().get("id").asLong(), username, PASSWORD, role, regionCode);
	}

	/** Opens an account as the demo administrator. */
	static Created create(Api api, Role role, String regionCode) {
		return create(api.as("admin"), "t-" + role.name().toLowerCase().replace('_', '-'), role, regionCode);
	}
}

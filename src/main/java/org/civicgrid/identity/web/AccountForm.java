package org.civicgrid.identity.web;

import java.util.Arrays;

import org.civicgrid.identity.NewAccount;
import org.civicgrid.shared.Role;

/** The new-account form as typed, shown again beside a refusal; the password is never kept. */
record AccountForm(String username, String displayName, String role, String regionCode) {

	static AccountForm empty() {
		return new AccountForm(null, null, null, null);
	}

	NewAccount toNewAccount(String password) {
		return new NewAccount(trim(username), displayName, password, role(role), blankToNull(trim(regionCode)));
	}

	/** The role the select posted, or null for none (or one the page does not offer). */
	static Role role(String text) {
		return Arrays.stream(Role.values()).filter(r -> r.name().equals(text)).findFirst().orElse(null);
	}

	private static String trim(String s) {
		return s == null ? null : s.trim();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}
}

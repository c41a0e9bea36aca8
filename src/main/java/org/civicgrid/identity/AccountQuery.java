package org.civicgrid.identity;

import org.civicgrid.shared.Role;

/**
 * Accounts to find, every criterion optional: {@code q} a part of the username or the name, a role, and a region
 * code prefix of the account's scope.
 */
public record AccountQuery(String q, Role role, String region) {

	public static AccountQuery all() {
		return new AccountQuery(null, null, null);
	}
}

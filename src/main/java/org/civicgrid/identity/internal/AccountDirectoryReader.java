package org.civicgrid.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.civicgrid.identity.AccountDirectory;
import org.civicgrid.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Account ids by username, read from the account table, or by post ({@link PostHolders}). */
@Service
@Transactional(readOnly = true)
class AccountDirectoryReader implements AccountDirectory {

	private final JdbcClient jdbc;
	private final PostHolders posts;

	AccountDirectoryReader(JdbcClient jdbc, PostHolders posts) {
		this.jdbc = jdbc;
		this.posts = posts;
	}

	@Override
	public Optional<Long> idOf(String username) {
		if (!couldBeAccount(username)) {
			return Optional.empty(); // e.g. an Open311 source, "open311:FixMyStreet": no account, no query
		}
		return jdbc.sql("select id from account where lower(username) = lower(:u) and enabled")
			.param("u", username)
			.query(Long.class)
			.optional();
	}

	@Override
	public List<Long> holders(String unitCode, Set<Role> roles) {
		if (unitCode == null || roles.isEmpty()) {
			return List.of();
		}
		return posts.of(unitCode, roles);
	}

	/** Whether {@code username} is made as account names are ({@code [A-Za-z0-9_.-]+}, see NewAccount). */
	private static boolean couldBeAccount(String username) {
		if (username == null || username.isEmpty()) {
			return false;
		}
		for (int i = 0; i < username.length(); i++) {
			char c = username.charAt(i);
			if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.'
					|| c == '-')) {
				return false;
			}
		}
		return true;
	}
}

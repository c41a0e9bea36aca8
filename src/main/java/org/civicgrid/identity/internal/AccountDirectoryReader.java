package org.civicgrid.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.civicgrid.identity.AccountDirectory;
import org.civicgrid.identity.NewAccount;
import org.civicgrid.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Account ids by username, read from the account table, or by post ({@link PostHolders}). */
@Service
@Transactional(readOnly = true)
class AccountDirectoryReader implements AccountDirectory {

	private static final Pattern USERNAME = Pattern.compile(NewAccount.USERNAME);

	private final JdbcClient jdbc;
	private final PostHolders posts;

	AccountDirectoryReader(JdbcClient jdbc, PostHolders posts) {
		this.jdbc = jdbc;
		this.posts = posts;
	}

	@Override
	public Optional<Long> idOf(String username) {
		if (username == null || !USERNAME.matcher(username).matches()) {
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
}

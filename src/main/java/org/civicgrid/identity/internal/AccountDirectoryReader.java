package org.civicgrid.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.civicgrid.identity.AccountDirectory;
import org.civicgrid.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Account ids by username or by post, read straight from the account table. */
@Service
@Transactional(readOnly = true)
class AccountDirectoryReader implements AccountDirectory {

	private final JdbcClient jdbc;

	AccountDirectoryReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Long> idOf(String username) {
		if (username == null || username.isBlank()) {
			return Optional.empty();
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
		return jdbc.sql("select id from account where region_code = :unit and role in (:roles) and enabled order by id")
			.param("unit", unitCode)
			.param("roles", roles.stream().map(Role::name).toList())
			.query(Long.class)
			.list();
	}
}

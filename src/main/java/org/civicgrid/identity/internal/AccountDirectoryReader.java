package org.civicgrid.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.civicgrid.identity.AccountDirectory;
import org.civicgrid.identity.NewAccount;
import org.civicgrid.identity.StaffAccount;
import org.civicgrid.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account ids by username, read from the account table, or by post ({@link PostHolders}); staff accounts by unit or
 * by username, for pickers.
 */
@Service
@Transactional(readOnly = true)
class AccountDirectoryReader implements AccountDirectory {

	private static final Pattern USERNAME = Pattern.compile(NewAccount.USERNAME);

	/** Residents and volunteers hold no post that work is assigned to. */
	private static final List<String> NOT_STAFF = Arrays.stream(Role.values())
		.filter(r -> !r.isStaff())
		.map(Role::name)
		.toList();

	private static final String STAFF = """
			select username, display_name, role, region_code from account
			where enabled and role not in (:notStaff)""";

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

	@Override
	public List<StaffAccount> staffAt(Collection<String> unitCodes) {
		if (unitCodes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(STAFF + " and region_code in (:units) order by region_code, username")
			.param("notStaff", NOT_STAFF)
			.param("units", List.copyOf(unitCodes))
			.query(AccountDirectoryReader::staff)
			.list();
	}

	@Override
	public List<StaffAccount> staffNamed(Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(STAFF + " and lower(username) in (:names) order by username")
			.param("notStaff", NOT_STAFF)
			.param("names", usernames.stream().map(u -> u.toLowerCase(Locale.ROOT)).toList())
			.query(AccountDirectoryReader::staff)
			.list();
	}

	private static StaffAccount staff(ResultSet rs, int row) throws SQLException {
		return new StaffAccount(rs.getString("username"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), rs.getString("region_code"));
	}
}

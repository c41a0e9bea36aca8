package org.civicgrid.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civicgrid.identity.AccountQuery;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.RegionScope;
import org.civicgrid.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The account table. */
@Repository
class Accounts {

	private final JdbcClient jdbc;
	private final PostHolders posts;

	Accounts(JdbcClient jdbc, PostHolders posts) {
		this.jdbc = jdbc;
		this.posts = posts;
	}

	Optional<StoredAccount> byUsername(String username) {
		return jdbc.sql("select * from account where lower(username) = lower(:u)").param("u", username).query(Accounts::map).optional();
	}

	Optional<StoredAccount> byId(long id) {
		return jdbc.sql("select * from account where id = :id").param("id", id).query(Accounts::map).optional();
	}

	long insert(String username, String displayName, String hash, Role role, String regionCode, Instant now) {
		posts.forget();
		return jdbc.sql("""
				insert into account (username, display_name, password_hash, role, region_code, created_at, password_changed_at)
				values (:u, :d, :h, :r, :region, :now, :now) returning id""")
			.param("u", username).param("d", displayName).param("h", hash).param("r", role.name())
			.param("region", regionCode).param("now", Timestamp.from(now))
			.query(Long.class).single();
	}

	void update(long id, String displayName, Role role, String regionCode, boolean enabled) {
		posts.forget();
		jdbc.sql("update account set display_name = :d, role = :r, region_code = :region, enabled = :e where id = :id")
			.param("d", displayName).param("r", role.name()).param("region", regionCode).param("e", enabled)
			.param("id", id).update();
	}

	void setPassword(long id, String hash, Instant now) {
		jdbc.sql("""
				update account set password_hash = :h, password_changed_at = :now, failed_attempts = 0, locked_until = null
				where id = :id""").param("h", hash).param("now", Timestamp.from(now)).param("id", id).update();
	}

	/**
	 * Counts one failed login atomically; at the {@code max}-th failure in a row the account is locked until
	 * {@code lockUntil} and the count starts again. Returns the lock time, or empty when not locked.
	 */
	Optional<Instant> countFailure(long id, int max, Instant lockUntil) {
		return jdbc.sql("""
				update account set
				  locked_until = case when failed_attempts + 1 >= :max then :until else locked_until end,
				  failed_attempts = case when failed_attempts + 1 >= :max then 0 else failed_attempts + 1 end
				where id = :id
				returning case when failed_attempts = 0 then locked_until end""")
			.param("max", max).param("until", Timestamp.from(lockUntil)).param("id", id)
			.query((rs, i) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
			.single();
	}

	void resetFailures(long id) {
		jdbc.sql("update account set failed_attempts = 0 where id = :id and failed_attempts > 0").param("id", id).update();
	}

	/** Accounts in the scope (and those without a region) matching the query, a page in the order asked for. */
	Paged<StoredAccount> search(RegionScope scope, AccountQuery query, PageRequest page) {
		String order = IdentitySorts.ACCOUNTS.orderBy(page.sort());
		StringBuilder where = new StringBuilder(" where (region_code like :scope or region_code is null)");
		Map<String, Object> params = new HashMap<>();
		params.put("scope", scope.likePattern());
		String q = query.q() == null ? "" : query.q().strip();
		if (!q.isEmpty()) {
			where.append(" and (username ilike :like or display_name ilike :like)");
			params.put("like", "%" + literal(q) + "%");
		}
		if (query.role() != null) {
			where.append(" and role = :role");
			params.put("role", query.role().name());
		}
		if (query.region() != null && !query.region().isBlank()) {
			where.append(" and region_code like :region");
			params.put("region", literal(query.region().strip()) + "%");
		}
		long total = jdbc.sql("select count(*) from account" + where).params(params).query(Long.class).single();
		List<StoredAccount> items = jdbc.sql("select * from account" + where + order + " limit :limit offset :offset")
			.params(params).param("limit", page.size()).param("offset", page.offset())
			.query(Accounts::map).list();
		return new Paged<>(items, page.page(), page.size(), total);
	}

	/** A LIKE pattern matching the text literally. */
	private static String literal(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static StoredAccount map(ResultSet rs, int row) throws SQLException {
		Timestamp locked = rs.getTimestamp("locked_until");
		return new StoredAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getString("region_code"),
				rs.getBoolean("enabled"), rs.getInt("failed_attempts"), locked == null ? null : locked.toInstant(),
				rs.getTimestamp("created_at").toInstant());
	}
}

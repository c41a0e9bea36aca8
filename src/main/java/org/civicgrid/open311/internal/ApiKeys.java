package org.civicgrid.open311.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.civicgrid.open311.ApiKeyView;
import org.civicgrid.shared.ShortMemory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The open311_api_key table: hashed keys, their labels, who issued and who revoked them. */
@Repository
class ApiKeys {

	static final int KEEP_SECONDS = 5;

	private final JdbcClient jdbc;
	private final ShortMemory<String, ApiKeyView> active = new ShortMemory<>(Duration.ofSeconds(KEEP_SECONDS), 1_000);

	ApiKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String label, String hash, String hint, Instant at, String by) {
		return jdbc.sql("""
				insert into open311_api_key (label, key_hash, hint, created_at, created_by)
				values (:label, :hash, :hint, :at, :by) on conflict (key_hash) do nothing returning id""")
			.param("label", label)
			.param("hash", hash)
			.param("hint", hint)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.query(Long.class)
			.optional()
			.orElse(-1L);
	}

	/**
	 * The live key of a hash. A key once found is remembered for {@value #KEEP_SECONDS} s (every request of a client
	 * carries it): revoking on this node forgets them all; a revocation on another node of a cluster takes effect
	 * within that time.
	 */
	Optional<ApiKeyView> activeByHash(String hash) {
		Optional<ApiKeyView> known = active.get(hash);
		if (known.isPresent()) {
			return known;
		}
		Optional<ApiKeyView> key = jdbc.sql("select * from open311_api_key where key_hash = :hash and revoked_at is null")
			.param("hash", hash)
			.query((rs, i) -> view(rs))
			.optional();
		key.ifPresent(k -> active.put(hash, k));
		return key;
	}

	Optional<ApiKeyView> find(long id) {
		return jdbc.sql("select * from open311_api_key where id = :id").param("id", id).query((rs, i) -> view(rs))
			.optional();
	}

	List<ApiKeyView> all() {
		return jdbc.sql("select * from open311_api_key order by created_at desc, id desc")
			.query((rs, i) -> view(rs))
			.list();
	}

	void revoke(long id, Instant at, String by) {
		active.forgetAll();
		jdbc.sql("update open311_api_key set revoked_at = :at, revoked_by = :by where id = :id and revoked_at is null")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update();
	}

	private static ApiKeyView view(ResultSet rs) throws SQLException {
		Timestamp revoked = rs.getTimestamp("revoked_at");
		return new ApiKeyView(rs.getLong("id"), rs.getString("label"), rs.getString("hint"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
				revoked == null ? null : revoked.toInstant(), rs.getString("revoked_by"));
	}
}

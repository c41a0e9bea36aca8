package org.civicgrid.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.civicgrid.registry.ResealState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The vault_reseal_job table: one row per reseal run, its counters written with each batch. */
@Repository
class StoredResealJobs {

	/** A run as stored. */
	record Job(long id, ResealState state, String owner, String activeKeyId, long total, long resealed, long changed,
			long unreadable, String errorKey, Instant createdAt, Instant heartbeatAt, Instant finishedAt) {

		int progress() {
			if (state == ResealState.DONE || total == 0) {
				return state == ResealState.DONE ? 100 : 0;
			}
			return (int) Math.min(99, (resealed + changed + unreadable) * 100 / total);
		}
	}

	private final JdbcClient jdbc;

	StoredResealJobs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A new RUNNING run.
	 *
	 * @throws org.springframework.dao.DuplicateKeyException while another run is RUNNING
	 */
	long create(String owner, String activeKeyId, long total, Instant now) {
		return jdbc.sql("""
				insert into vault_reseal_job (state, owner, active_key_id, total, created_at, heartbeat_at)
				values ('RUNNING', :owner, :key, :total, :now, :now) returning id""")
			.param("owner", owner).param("key", activeKeyId).param("total", total).param("now", Timestamp.from(now))
			.query(Long.class).single();
	}

	/** Adds a batch's counts and beats: the run is alive. */
	void count(long id, long resealed, long changed, long unreadable, Instant now) {
		jdbc.sql("""
				update vault_reseal_job set resealed = resealed + :resealed, changed = changed + :changed,
				    unreadable = unreadable + :unreadable, heartbeat_at = :now
				where id = :id""")
			.param("id", id).param("resealed", resealed).param("changed", changed).param("unreadable", unreadable)
			.param("now", Timestamp.from(now)).update();
	}

	void finish(long id, ResealState state, String errorKey, Instant now) {
		jdbc.sql("""
				update vault_reseal_job set state = :state, error_key = :error, finished_at = :now, heartbeat_at = :now
				where id = :id and state = 'RUNNING'""")
			.param("id", id).param("state", state.name()).param("error", errorKey).param("now", Timestamp.from(now))
			.update();
	}

	/** Runs whose node stopped beating before {@code before}: nothing runs them any more. */
	int failStale(Instant before, Instant now) {
		return jdbc.sql("""
				update vault_reseal_job set state = 'FAILED', error_key = 'registry.vault.reseal-interrupted',
				    finished_at = :now
				where state = 'RUNNING' and heartbeat_at < :before""")
			.param("before", Timestamp.from(before)).param("now", Timestamp.from(now)).update();
	}

	Optional<Job> find(long id) {
		return jdbc.sql("select * from vault_reseal_job where id = :id").param("id", id)
			.query(StoredResealJobs::job).optional();
	}

	Optional<Job> latest() {
		return jdbc.sql("select * from vault_reseal_job order by id desc limit 1").query(StoredResealJobs::job)
			.optional();
	}

	private static Job job(ResultSet rs, int i) throws SQLException {
		return new Job(rs.getLong("id"), ResealState.valueOf(rs.getString("state")), rs.getString("owner"),
				rs.getString("active_key_id"), rs.getLong("total"), rs.getLong("resealed"), rs.getLong("changed"),
				rs.getLong("unreadable"), rs.getString("error_key"), instant(rs, "created_at"),
				instant(rs, "heartbeat_at"), instant(rs, "finished_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}

package org.civicgrid.registry.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.civicgrid.registry.ImportQuery;
import org.civicgrid.registry.ImportState;
import org.civicgrid.registry.vault.PersonalDataVault;
import org.civicgrid.registry.vault.Sealed;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import_job, import_reject and import_warning tables; rejected cells are sealed, since they can hold ID
 * numbers; warnings hold no cell values.
 */
@Repository
class StoredImportJobs {

	/** A job row as stored. */
	record Job(long id, String kind, ImportState state, String owner, String ownerRegion, String filename,
			int total, int imported, int updated, int unchanged, int rejected, int warned, int progress,
			String errorKey, List<String> headers, Instant createdAt, Instant finishedAt) {
	}

	/** A rejected row: where it was, its cells, why. */
	record Reject(int rowNumber, List<String> cells, String reason) {
	}

	/** The counters after a batch. */
	record Counts(int total, int imported, int updated, int unchanged, int rejected, int warned, int progress) {
	}

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final PersonalDataVault vault;
	private final JsonMapper json;

	StoredImportJobs(JdbcClient jdbc, JdbcTemplate template, PersonalDataVault vault, JsonMapper json) {
		this.jdbc = jdbc;
		this.template = template;
		this.vault = vault;
		this.json = json;
	}

	long create(String kind, String owner, String ownerRegion, String filename, List<String> headers, Instant now) {
		return jdbc.sql("""
				insert into import_job (kind, state, owner, owner_region, filename, headers, created_at)
				values (:kind, 'RUNNING', :owner, :region, :filename, string_to_array(:headers, chr(31)), :now)
				returning id""")
			.param("kind", kind).param("owner", owner).param("region", ownerRegion).param("filename", filename)
			.param("headers", String.join("\u001f", headers)).param("now", Timestamp.from(now))
			.query(Long.class).single();
	}

	void count(long id, Counts c) {
		jdbc.sql("""
				update import_job set total = :total, imported = :imported, updated = :updated,
				    unchanged = :unchanged, rejected = :rejected, warned = :warned, progress = :progress
				where id = :id""")
			.param("id", id).param("total", c.total()).param("imported", c.imported()).param("updated", c.updated())
			.param("unchanged", c.unchanged()).param("rejected", c.rejected()).param("warned", c.warned())
			.param("progress", c.progress())
			.update();
	}

	void finish(long id, ImportState state, String errorKey, Instant now) {
		jdbc.sql("""
				update import_job set state = :state, error_key = :error, finished_at = :now,
				    progress = case when :state = 'DONE' then 100 else progress end where id = :id""")
			.param("id", id).param("state", state.name()).param("error", errorKey).param("now", Timestamp.from(now))
			.update();
	}

	/** Jobs a crash left RUNNING: nothing runs them any more. */
	int failInterrupted(Instant now) {
		return jdbc.sql("""
				update import_job set state = 'FAILED', error_key = 'registry.import.interrupted', finished_at = :now
				where state = 'RUNNING'""")
			.param("now", Timestamp.from(now)).update();
	}

	/**
	 * The jobs matching the query: {@code me}'s own, and with a region pattern (an administrator's scope) also those
	 * uploaded by staff of that region, in the order asked for.
	 */
	Paged<Job> search(String me, String regionPattern, ImportQuery query, PageRequest page) {
		String order = RegistrySorts.IMPORTS.orderBy(page.sort());
		Map<String, Object> params = new HashMap<>();
		params.put("me", me);
		StringBuilder where = new StringBuilder(" where owner = :me");
		if (regionPattern != null) {
			where = new StringBuilder(" where (owner = :me or owner_region like :region)");
			params.put("region", regionPattern);
			if (Queries.blankToNull(query.owner()) != null) {
				where.append(" and lower(owner) = lower(:who)");
				params.put("who", query.owner().strip());
			}
		}
		if (Queries.blankToNull(query.kind()) != null) {
			where.append(" and kind = :kind");
			params.put("kind", query.kind().strip().toLowerCase(java.util.Locale.ROOT));
		}
		if (query.state() != null) {
			where.append(" and state = :state");
			params.put("state", query.state().name());
		}
		if (Queries.blankToNull(query.q()) != null) {
			where.append(" and filename ilike :q");
			params.put("q", "%" + PeopleCriteria.escapeLike(query.q().strip()) + "%");
		}
		return Queries.page(jdbc, "import_job", "select * from import_job", where.toString(), order, params,
				this::job, page);
	}

	Optional<Job> find(long id) {
		return jdbc.sql("select * from import_job where id = :id").param("id", id).query(this::job).optional();
	}

	void addRejects(long jobId, List<Reject> rejects) {
		template.batchUpdate("""
				insert into import_reject (job_id, row_number, cells_sealed, reason) values (?, ?, ?, ?)
				on conflict do nothing""", rejects, 1000, (ps, r) -> {
			ps.setLong(1, jobId);
			ps.setInt(2, r.rowNumber());
			ps.setBytes(3, vault.seal(json.writeValueAsString(r.cells())).bytes());
			ps.setString(4, r.reason());
		});
	}

	/** The job's rejected rows in file order, handed one by one (never all in memory). */
	@SuppressWarnings("unchecked")
	void eachReject(long jobId, Consumer<Reject> each) {
		template.query("select row_number, cells_sealed, reason from import_reject where job_id = ? order by row_number",
				rs -> {
					List<String> cells = json.readValue(vault.open(Sealed.of(rs.getBytes(2), null)), List.class);
					each.accept(new Reject(rs.getInt(1), cells, rs.getString(3)));
				}, jobId);
	}

	/** Warnings of imported rows, each a problem whose item is the row number. */
	void addWarnings(long jobId, List<FieldProblem> warnings) {
		template.batchUpdate("""
				insert into import_warning (job_id, row_number, field, message_key, args)
				values (?, ?, ?, ?, cast(? as jsonb)) on conflict do nothing""", warnings, 1000, (ps, w) -> {
			ps.setLong(1, jobId);
			ps.setInt(2, w.item());
			ps.setString(3, w.field());
			ps.setString(4, w.messageKey());
			ps.setString(5, json.writeValueAsString(w.args()));
		});
	}

	/** The job's first {@code limit} warnings in file order. */
	List<FieldProblem> warnings(long jobId, int limit) {
		return template.query("""
				select row_number, field, message_key, args::text from import_warning where job_id = ?
				order by row_number, field, message_key limit ?""", this::warning, jobId, limit);
	}

	/** The job's warnings in file order, handed one by one. */
	void eachWarning(long jobId, Consumer<FieldProblem> each) {
		template.query("""
				select row_number, field, message_key, args::text from import_warning where job_id = ?
				order by row_number, field, message_key""", rs -> {
			each.accept(warning(rs, 0));
		}, jobId);
	}

	private FieldProblem warning(ResultSet rs, int i) throws SQLException {
		return FieldProblem.at(rs.getInt(1), rs.getString(2), rs.getString(3),
				json.readValue(rs.getString(4), Object[].class));
	}

	private Job job(ResultSet rs, int i) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		Array headers = rs.getArray("headers");
		return new Job(rs.getLong("id"), rs.getString("kind"), ImportState.valueOf(rs.getString("state")),
				rs.getString("owner"), rs.getString("owner_region"), rs.getString("filename"), rs.getInt("total"),
				rs.getInt("imported"), rs.getInt("updated"), rs.getInt("unchanged"), rs.getInt("rejected"),
				rs.getInt("warned"), rs.getInt("progress"), rs.getString("error_key"),
				headers == null ? List.of() : List.of((String[]) headers.getArray()),
				rs.getTimestamp("created_at").toInstant(), finished == null ? null : finished.toInstant());
	}
}

package org.civicgrid.workforce.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.RegionScope;
import org.civicgrid.shared.SortColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The daily logs and their entries: one row per grid per day, written whole (the entries replaced with it). */
@Repository
class StoredLogs {

	static final SortColumns SORTS = SortColumns.byDefault(" order by l.day desc, l.grid_code")
		.field("day", "l.day")
		.field("gridCode", "l.grid_code")
		.field("households", "l.households")
		.tieBreak("l.id");

	/** A log's stored figures and words, before its entries are read. */
	record Row(long id, String gridCode, LocalDate day, int households, String resources, String care, String needs,
			String problems, String notes, String writtenBy, String writerName, Instant createdAt, Instant updatedAt,
			int version) {
	}

	/** An entry as stored. */
	record EntryRow(EntryKind kind, Long personId, String text) {
	}

	private final JdbcClient jdbc;

	StoredLogs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Row> find(String grid, LocalDate day) {
		return jdbc.sql("select * from wf_log where grid_code = :grid and day = :day").param("grid", grid)
			.param("day", Date.valueOf(day)).query(StoredLogs::row).optional();
	}

	/**
	 * Writes the day's log: a new one, or the stored one when {@code version} is absent or still the stored version;
	 * the row as written. Empty when the stored version is another (someone wrote it meanwhile).
	 */
	Optional<Row> upsert(String grid, LocalDate day, LogInput in, String by, String name, Instant at) {
		return jdbc.sql("""
				insert into wf_log (grid_code, day, households, resources, care, needs, problems, notes, written_by,
				                    writer_name, created_at, updated_at)
				values (:grid, :day, :households, :resources, :care, :needs, :problems, :notes, :by, :name, :at, :at)
				on conflict (grid_code, day) do update set households = excluded.households,
				    resources = excluded.resources, care = excluded.care, needs = excluded.needs,
				    problems = excluded.problems, notes = excluded.notes, written_by = excluded.written_by,
				    writer_name = excluded.writer_name, updated_at = excluded.updated_at, version = wf_log.version + 1
				where cast(:version as int) is null or wf_log.version = cast(:version as int)
				returning *""")
			.param("grid", grid).param("day", Date.valueOf(day)).param("households", in.households())
			.param("resources", in.resources()).param("care", in.care()).param("needs", in.needs())
			.param("problems", in.problems()).param("notes", in.notes()).param("by", by).param("name", name)
			.param("at", Timestamp.from(at)).param("version", in.version()).query(StoredLogs::row).optional();
	}

	void replaceEntries(long log, List<EntryRow> entries) {
		jdbc.sql("delete from wf_log_entry where log_id = :log").param("log", log).update();
		for (int i = 0; i < entries.size(); i++) {
			EntryRow e = entries.get(i);
			jdbc.sql("""
					insert into wf_log_entry (log_id, position, kind, person_id, text)
					values (:log, :position, :kind, :person, :text)""")
				.param("log", log).param("position", i).param("kind", e.kind().name()).param("person", e.personId())
				.param("text", e.text()).update();
		}
	}

	List<EntryRow> entries(long log) {
		return jdbc.sql("select kind, person_id, text from wf_log_entry where log_id = :log order by position")
			.param("log", log)
			.query((rs, n) -> new EntryRow(EntryKind.valueOf(rs.getString("kind")), (Long) rs.getObject("person_id"),
					rs.getString("text")))
			.list();
	}

	Paged<LogSummary> search(RegionScope scope, LogQuery query, PageRequest page) {
		String where = """
				 from wf_log l where l.grid_code like :scope
				   and (cast(:grid as text) is null or l.grid_code like cast(:grid as text) || '%')
				   and (cast(:from as date) is null or l.day >= cast(:from as date))
				   and (cast(:to as date) is null or l.day <= cast(:to as date))
				   and (not :open or coalesce(l.problems, '') <> '')""";
		String grid = query.regionCode();
		Date from = query.from() == null ? null : Date.valueOf(query.from());
		Date to = query.to() == null ? null : Date.valueOf(query.to());
		long total = jdbc.sql("select count(*) " + where).param("scope", scope.likePattern()).param("grid", grid)
			.param("from", from).param("to", to).param("open", query.onlyOpen()).query(Long.class).single();
		List<LogSummary> items = jdbc.sql("""
				select l.id, l.grid_code, l.day, l.households, l.writer_name, coalesce(l.problems, '') <> '' as open,
				       (select count(*) from wf_log_entry e where e.log_id = l.id) as entries""" + " " + where
				+ SORTS.orderBy(page.sort()) + " limit :limit offset :offset")
			.param("scope", scope.likePattern()).param("grid", grid).param("from", from).param("to", to)
			.param("open", query.onlyOpen()).param("limit", page.size())
			.param("offset", (long) page.page() * page.size())
			.query((rs, n) -> new LogSummary(rs.getLong("id"), rs.getString("grid_code"),
					rs.getDate("day").toLocalDate(), rs.getInt("households"), rs.getInt("entries"),
					rs.getBoolean("open"), rs.getString("writer_name")))
			.list();
		return new Paged<>(items, page.page(), page.size(), total);
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("grid_code"), rs.getDate("day").toLocalDate(),
				rs.getInt("households"), rs.getString("resources"), rs.getString("care"), rs.getString("needs"),
				rs.getString("problems"), rs.getString("notes"), rs.getString("written_by"),
				rs.getString("writer_name"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
	}
}

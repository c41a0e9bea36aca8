package org.civicgrid.casework.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;

import org.civicgrid.casework.CaseId;
import org.civicgrid.casework.Colour;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.time.CalendarSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event_case and event_case_history tables. A case is saved with its new history entries only (the trace is
 * append-only) and under optimistic locking: a write based on a stale version is refused with 409.
 */
@Repository
class Cases {


	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

	private static final int IDS_AT_ONCE = 32;

	private static final String INSERT = """
			insert into event_case (id, number, category_code, time_limit, grid_code, status, reporter_account_id,
			    reporter_username, reporter_contact_sealed, reporter_contact_hash, channel, description, lat, lng,
			    address, handled_on_the_spot, assignee_level, assignee_unit, assignee_user, stage_started_at,
			    clock_stopped_at, extension_requested, extensions_granted, deadline, yellow_at, colour, rework_count,
			    extension_count, rating, rating_comment, rated_at, merged_into, created_at, updated_at, version)
			values (:id, :number, :category, :limit, :grid, :status, :account, :reporter, :contact, :contactHash,
			    :channel, :description, :lat, :lng, :address, :onTheSpot, :level, :unit, :user, :started, :stopped,
			    :requested, :granted, :deadline, :yellowAt, :colour, :rework, :extensions, :score, :comment,
			    :ratedAt, :mergedInto, :now, :now, 1)""";

	private static final String UPDATE = """
			update event_case set status = :status, assignee_level = :level, assignee_unit = :unit,
			    assignee_user = :user, stage_started_at = :started, clock_stopped_at = :stopped,
			    extension_requested = :requested, extensions_granted = :granted, deadline = :deadline,
			    yellow_at = :yellowAt, colour = :colour, rework_count = :rework, extension_count = :extensions,
			    rating = :score, rating_comment = :comment, rated_at = :ratedAt, merged_into = :mergedInto,
			    updated_at = :now, version = version + 1
			where id = :id and version = :version""";

	private static final String HISTORY = """
			insert into event_case_history (case_id, seq, at, actor, role, action, from_status, to_status, note,
			    reply, photos)
			values (:id, :seq, :at, :actor, :role, :action, :from, :to, :note, :reply, cast(:photos as jsonb))""";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final Clock clock;
	private final ZoneId zone;
	private final CaseRows rows;
	private final Queue<long[]> reserved = new ArrayDeque<>();

	Cases(JdbcClient jdbc, JdbcTemplate template, Clock clock, CalendarSettings calendar, JsonMapper json) {
		this.jdbc = jdbc;
		this.template = template;
		this.clock = clock;
		this.zone = calendar.zone();
		this.rows = new CaseRows(json);
	}

	/** The id and number of a case about to be written. */
	record Identity(CaseId id, String number) {
	}

	/**
	 * A new id, and a number of SJ, the day in the calendar's zone and a running number: {@code SJ20261122-000123}. Both
	 * come from their sequences {@value #IDS_AT_ONCE} at a time, so a burst of reports reads them once in a while, not
	 * once per report: like any sequence values they may leave gaps (a restart drops those taken and not used), and
	 * two nodes interleave their blocks.
	 */
	Identity next() {
		long[] ids;
		synchronized (reserved) {
			if (reserved.isEmpty()) {
				reserve();
			}
			ids = reserved.poll();
		}
		String running = Long.toString(ids[1]);
		return new Identity(new CaseId(ids[0]), "SJ" + DAY.format(clock.instant().atZone(zone)) + "-"
				+ "0".repeat(Math.max(0, 6 - running.length())) + running);
	}

	private void reserve() {
		reserved.addAll(jdbc.sql("""
				select nextval('event_case_id_seq'), nextval('event_case_number_seq') from generate_series(1, :n)""")
			.param("n", IDS_AT_ONCE)
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list());
	}

	/** The case with this number ({@code SJ20261122-000123}, any case), if there is one. */
	Optional<CaseId> idOf(String number) {
		return jdbc.sql("select id from event_case where number = upper(:n)")
			.param("n", number)
			.query(Long.class)
			.optional()
			.map(CaseId::new);
	}

	Optional<StoredCase> find(CaseId id) {
		List<HistoryEntry> history = jdbc.sql("select * from event_case_history where case_id = :id order by seq")
			.param("id", id.value())
			.query((rs, i) -> rows.history(rs))
			.list();
		return jdbc.sql("select * from event_case where id = :id")
			.param("id", id.value())
			.query((rs, i) -> rows.stored(rs, history))
			.optional();
	}

	/**
	 * Inserts a new case or updates a loaded one, then appends the history entries not stored yet. Answers the
	 * instant written as {@code updated_at} (to the microsecond, as PostgreSQL keeps it).
	 */
	Instant save(StoredCase stored, Instant deadline, Instant yellowAt, Colour colour) {
		return save(stored, deadline, yellowAt, colour, new Statements(), null);
	}

	/**
	 * As {@link #save(StoredCase, Instant, Instant, Colour)}, with {@code also} (the stage's timer) written in the same
	 * round trip as the row: a new case is one round trip in all, a step two (the row, then its history entries once
	 * the version check has passed). A new case takes {@code then} (a query, or null) along at the end.
	 */
	Instant save(StoredCase stored, Instant deadline, Instant yellowAt, Colour colour, Statements also,
			Statements.Query<?> then) {
		CaseFile file = stored.file();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Map<String, Object> row = new HashMap<>(rows.stateParams(file));
		row.put("deadline", deadline == null ? null : Timestamp.from(deadline));
		row.put("yellowAt", yellowAt == null ? null : Timestamp.from(yellowAt));
		row.put("colour", colour == null ? null : colour.name());
		row.put("now", Timestamp.from(now));
		Statements writes = new Statements();
		if (stored.isNew()) {
			// a new case in one statement, its state included (version 1, as if inserted and then updated)
			row.putAll(rows.intakeParams(file, stored.intake()));
			writes.add(INSERT, row);
			history(file, stored.storedHistory(), writes).append(also);
			if (then == null) {
				writes.run(jdbc);
			}
			else {
				writes.runThen(template, then);
			}
			return now;
		}
		row.put("version", stored.version());
		if (writes.add(UPDATE, row).append(also).run(jdbc) != 1) {
			throw new ConflictException("casework.concurrent-change", file.number());
		}
		history(file, stored.storedHistory(), new Statements()).run(jdbc);
		return now;
	}

	private Statements history(CaseFile file, int stored, Statements writes) {
		List<HistoryEntry> history = file.history();
		for (int seq = stored + 1; seq <= history.size(); seq++) {
			Map<String, Object> entry = rows.historyParams(history.get(seq - 1));
			entry.put("id", file.id().value());
			entry.put("seq", seq);
			writes.add(HISTORY, entry);
		}
		return writes;
	}
}

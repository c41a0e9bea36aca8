package org.civicgrid.casework.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.civicgrid.casework.CaseId;
import org.civicgrid.casework.Colour;
import org.civicgrid.shared.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event_case and event_case_history tables. A case is saved with its new history entries only (the trace is
 * append-only) and under optimistic locking: a write based on a stale version is refused with 409.
 */
@Repository
class Cases {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

	private final JdbcClient jdbc;
	private final Clock clock;
	private final CaseRows rows;

	Cases(JdbcClient jdbc, Clock clock, JsonMapper json) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.rows = new CaseRows(json);
	}

	/** The id and number of a case about to be written. */
	record Identity(CaseId id, String number) {
	}

	/** A new id, and a number of SJ, the day in Asia/Shanghai and a running number: {@code SJ20261122-000123}. */
	Identity next() {
		return jdbc.sql("select nextval('event_case_id_seq'), nextval('event_case_number_seq')")
			.query((rs, i) -> new Identity(new CaseId(rs.getLong(1)),
					"SJ" + DAY.format(clock.instant().atZone(ZONE)) + "-" + String.format("%06d", rs.getLong(2))))
			.single();
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
		CaseFile file = stored.file();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		if (stored.isNew()) {
			// a new case in one statement, its state included (version 1, as if inserted and then updated)
			jdbc.sql("""
					insert into event_case (id, number, category_code, time_limit, grid_code, status, reporter_account_id,
					    reporter_username, reporter_contact_sealed, reporter_contact_hash, channel, description, lat, lng,
					    address, handled_on_the_spot, assignee_level, assignee_unit, assignee_user, stage_started_at,
					    clock_stopped_at, extension_requested, extensions_granted, deadline, yellow_at, colour, rework_count,
					    extension_count, rating, rating_comment, rated_at, merged_into, created_at, updated_at, version)
					values (:id, :number, :category, :limit, :grid, :status, :account, :reporter, :contact, :contactHash,
					    :channel, :description, :lat, :lng, :address, :onTheSpot, :level, :unit, :user, :started, :stopped,
					    :requested, :granted, :deadline, :yellowAt, :colour, :rework, :extensions, :score, :comment,
					    :ratedAt, :mergedInto, :now, :now, 1)""")
				.params(rows.intakeParams(file, stored.intake()))
				.params(rows.stateParams(file))
				.param("deadline", deadline == null ? null : Timestamp.from(deadline))
				.param("yellowAt", yellowAt == null ? null : Timestamp.from(yellowAt))
				.param("colour", colour == null ? null : colour.name())
				.param("now", Timestamp.from(now))
				.update();
		}
		else {
			int updated = jdbc.sql("""
					update event_case set status = :status, assignee_level = :level, assignee_unit = :unit,
					    assignee_user = :user, stage_started_at = :started, clock_stopped_at = :stopped,
					    extension_requested = :requested, extensions_granted = :granted, deadline = :deadline,
					    yellow_at = :yellowAt, colour = :colour, rework_count = :rework, extension_count = :extensions,
					    rating = :score, rating_comment = :comment, rated_at = :ratedAt, merged_into = :mergedInto,
					    updated_at = :now, version = version + 1
					where id = :id and version = :version""")
				.params(rows.stateParams(file))
				.param("deadline", deadline == null ? null : Timestamp.from(deadline))
				.param("yellowAt", yellowAt == null ? null : Timestamp.from(yellowAt))
				.param("colour", colour == null ? null : colour.name())
				.param("now", Timestamp.from(now))
				.param("version", stored.version())
				.update();
			if (updated != 1) {
				throw new ConflictException("casework.concurrent-change", file.number());
			}
		}
		List<HistoryEntry> history = file.history();
		for (int seq = stored.storedHistory() + 1; seq <= history.size(); seq++) {
			jdbc.sql("""
					insert into event_case_history (case_id, seq, at, actor, role, action, from_status, to_status, note,
					    photos)
					values (:id, :seq, :at, :actor, :role, :action, :from, :to, :note, cast(:photos as jsonb))""")
				.params(rows.historyParams(history.get(seq - 1)))
				.param("id", file.id().value())
				.param("seq", seq)
				.update();
		}
		return now;
	}
}

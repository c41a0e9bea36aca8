package org.civicgrid.casework.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civicgrid.casework.CaseDetail;
import org.civicgrid.casework.CaseId;
import org.civicgrid.casework.CaseStatus;
import org.civicgrid.casework.CaseUpdate;
import org.civicgrid.casework.CaseView;
import org.civicgrid.casework.ExternalCases;
import org.civicgrid.casework.ExternalQuery;
import org.civicgrid.casework.ExternalReport;
import org.civicgrid.casework.NewCaseReport;
import org.civicgrid.casework.PhotoUpload;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.RegionScope;
import org.civicgrid.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link ExternalCases} over the same intake checks and the same writing of a new case ({@link NewCases}) as
 * {@link CaseService}. The other
 * system reports as a resident would (it relays the public), named by its source, with its own channel.
 */
@Service
@Transactional
class ExternalCaseService implements ExternalCases {

	/** Reads for another system: it sees every case, and no staff actions are offered to it. */
	private static final Caller SYSTEM = new Caller(0, "system", "system", Role.RESIDENT, null);

	private final Cases cases;
	private final CaseIntake intake;
	private final CaseViews views;
	private final NewCases newCases;
	private final CheckedPhotos.Check checkPhotos;
	private final JdbcClient jdbc;
	private final CaseRows rows;
	private final Clock clock;

	ExternalCaseService(Cases cases, CaseIntake intake, CaseViews views, NewCases newCases,
			CheckedPhotos.Check checkPhotos, JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.cases = cases;
		this.intake = intake;
		this.views = views;
		this.newCases = newCases;
		this.checkPhotos = checkPhotos;
		this.jdbc = jdbc;
		this.rows = new CaseRows(json);
		this.clock = clock;
	}

	@Override
	public CaseView receive(ExternalReport external, List<PhotoUpload> uploads) {
		NewCaseReport report = external.report();
		CaseIntake.Accepted accepted = intake.check(SYSTEM, report);
		CheckedPhotos photos = checkPhotos.of(uploads);
		Actor source = new Actor(source(external.source()), Role.RESIDENT, RegionScope.NONE, null);
		return newCases.write(SYSTEM, NewCases.Reporter.of(source, null, external.channel()), accepted, report, photos,
				null);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CaseDetail> find(long id) {
		if (id <= 0) {
			return Optional.empty();
		}
		return cases.find(new CaseId(id)).map(stored -> views.detail(SYSTEM, stored));
	}

	@Override
	@Transactional(readOnly = true)
	public Paged<CaseView> list(ExternalQuery q, int page, int limit) {
		int size = Math.max(1, Math.min(limit, ExternalQuery.MAX_LIMIT));
		StringBuilder where = new StringBuilder(" where true");
		Map<String, Object> params = new HashMap<>();
		if (!q.ids().isEmpty()) {
			where.append(" and id in (:ids)");
			params.put("ids", q.ids());
		}
		else {
			if (q.categoryCode() != null) {
				where.append(" and category_code = :category");
				params.put("category", q.categoryCode());
			}
			if (!q.statuses().isEmpty()) {
				where.append(" and status in (:statuses)");
				params.put("statuses", q.statuses().stream().map(CaseStatus::name).toList());
			}
			if (q.from() != null) {
				where.append(" and created_at >= :from");
				params.put("from", Timestamp.from(q.from()));
			}
			if (q.to() != null) {
				where.append(" and created_at <= :to");
				params.put("to", Timestamp.from(q.to()));
			}
		}
		long total = jdbc.sql("select count(*) from event_case" + where).params(params).query(Long.class).single();
		List<CaseView> items = jdbc.sql("select * from event_case" + where
				+ " order by created_at desc, id desc limit :limit offset :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, i) -> rows.stored(rs, List.of()))
			.list()
			.stream()
			.map(stored -> views.view(SYSTEM, stored))
			.toList();
		return new Paged<>(items, page, size, total);
	}

	@Override
	@Transactional(readOnly = true)
	public List<CaseUpdate> updates(Instant from, Instant to, int limit) {
		return jdbc.sql("""
				select case_id, seq, at, actor, action, to_status, note from event_case_history
				where at >= :from and at <= :to order by at, case_id, seq limit :limit""")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("limit", Math.max(1, Math.min(limit, ExternalQuery.MAX_LIMIT)))
			.query((rs, i) -> new CaseUpdate(rs.getLong("case_id"), rs.getInt("seq"),
					rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("action"),
					CaseStatus.valueOf(rs.getString("to_status")), rs.getString("note")))
			.list();
	}

	@Override
	public CaseUpdate remark(long id, String source, String note) {
		Instant now = clock.instant();
		// bumping the version first makes a concurrent action on a stale copy fail with 409, not on the history key
		Optional<String> status = id <= 0 ? Optional.empty()
				: jdbc.sql("""
						update event_case set version = version + 1, updated_at = :now where id = :id
						returning status""")
					.param("now", Timestamp.from(now))
					.param("id", id)
					.query(String.class)
					.optional();
		if (status.isEmpty()) {
			throw new NotFoundException("casework.not-found", String.valueOf(id));
		}
		int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from event_case_history where case_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
		String actor = source(source);
		int inserted = jdbc.sql("""
				insert into event_case_history (case_id, seq, at, actor, role, action, from_status, to_status, note)
				values (:id, :seq, :at, :actor, :role, null, :status, :status, :note)
				on conflict do nothing""")
			.param("id", id)
			.param("seq", seq)
			.param("at", Timestamp.from(now))
			.param("actor", actor)
			.param("role", Role.RESIDENT.name())
			.param("status", status.get())
			.param("note", note)
			.update();
		if (inserted != 1) {
			throw new ConflictException("casework.concurrent-change", String.valueOf(id));
		}
		return new CaseUpdate(id, seq, now, actor, null, CaseStatus.valueOf(status.get()), note);
	}

	private static String source(String source) {
		String s = source == null || source.isBlank() ? "external" : source.strip();
		return s.length() > 64 ? s.substring(0, 64) : s;
	}
}

package org.civicgrid.casework.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.time.CalendarSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The case list: what the caller may see ({@link CaseVisibility}) filtered by status, colour, category, region,
 * assignee, report day and text, newest first or in the order asked for ({@link CaseQuery#SORTS}). The colour is
 * the one rule's ({@link CaseColours}), now.
 */
@Repository
class CaseSearch {

	private final DepartmentService departments;
	private final JdbcClient jdbc;
	private final CaseRows rows;
	private final ZoneId zone;
	private final Clock clock;

	CaseSearch(JdbcClient jdbc, JsonMapper json, CalendarSettings calendar, DepartmentService departments,
			Clock clock) {
		this.clock = clock;
		this.departments = departments;
		this.jdbc = jdbc;
		this.zone = calendar.zone();
		this.rows = new CaseRows(json);
	}

	private String unitOf(Caller caller) {
		return departments.unitOf(caller);
	}

	Paged<StoredCase> search(Caller caller, CaseQuery q, PageRequest page) {
		return search(caller, q, null, false, page);
	}

	/** The open cases only (the dispatcher's board). */
	Paged<StoredCase> searchOpen(Caller caller, CaseQuery q, PageRequest page) {
		return search(caller, q, null, true, page);
	}

	/** With {@code reporterPhoneHash}: only the cases whose reporter's contact holds that phone number. */
	Paged<StoredCase> search(Caller caller, CaseQuery q, String reporterPhoneHash, PageRequest page) {
		return search(caller, q, reporterPhoneHash, false, page);
	}

	private Paged<StoredCase> search(Caller caller, CaseQuery q, String reporterPhoneHash, boolean openOnly,
			PageRequest page) {
		String order = CaseQuery.SORTS.orderBy(page.sort());
		Map.Entry<String, Map<String, Object>> visible = CaseVisibility.where(caller, unitOf(caller));
		StringBuilder where = new StringBuilder(" where (" + visible.getKey() + ")");
		Map<String, Object> params = new HashMap<>(visible.getValue());
		if (openOnly) {
			where.append(" and ").append(CaseColours.OPEN);
		}
		if (reporterPhoneHash != null) {
			where.append(" and reporter_contact_hash = :contactHash");
			params.put("contactHash", reporterPhoneHash);
		}
		if (q.status() != null) {
			where.append(" and status = :status");
			params.put("status", q.status().name());
		}
		if (q.colour() != null) {
			where.append(" and ").append(CaseColours.is(q.colour()));
			params.put("now", Timestamp.from(clock.instant()));
		}
		if (q.category() != null && !q.category().isBlank()) {
			where.append(" and category_code like :category");
			params.put("category", literal(q.category().strip()) + "%");
		}
		if (q.region() != null && !q.region().isBlank()) {
			where.append(" and grid_code like :region");
			params.put("region", literal(q.region().strip()) + "%");
		}
		if (q.assignee() != null && !q.assignee().isBlank()) {
			where.append(" and (assignee_unit = :assignee or assignee_user = :assignee)");
			params.put("assignee", q.assignee().strip());
		}
		if (q.from() != null) {
			where.append(" and created_at >= :from");
			params.put("from", Timestamp.from(q.from().atStartOfDay(zone).toInstant()));
		}
		if (q.to() != null) {
			where.append(" and created_at < :to");
			params.put("to", Timestamp.from(q.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		if (q.text() != null && !q.text().isBlank()) {
			where.append(" and ").append(text(q.text(), params));
		}
		long total = jdbc.sql("select count(*) from event_case" + where).params(params).query(Long.class).single();
		List<StoredCase> items = jdbc.sql("select * from event_case" + where + order + " limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, i) -> rows.stored(rs, List.of()))
			.list();
		return new Paged<>(items, page.page(), page.size(), total);
	}

	/**
	 * The cases the caller took a step in (their report included) that the caller still sees, the case of their latest
	 * step first, each with that step (a null action: the report): what the 已办 list is drawn from.
	 */
	List<Acted> actedOnBy(Caller caller, int limit) {
		Map.Entry<String, Map<String, Object>> visible = CaseVisibility.where(caller, unitOf(caller));
		return jdbc.sql("""
				select c.*, h.action as my_action, h.at as my_at from event_case c
				join (select distinct on (case_id) case_id, action, at from event_case_history
				      where actor = :actor order by case_id, seq desc) h on h.case_id = c.id
				where (%s) order by h.at desc, c.id desc limit :limit""".formatted(visible.getKey()))
			.params(visible.getValue())
			.param("actor", caller.username())
			.param("limit", limit)
			.query((rs, i) -> new Acted(rows.stored(rs, List.of()), rs.getString("my_action"),
					rs.getTimestamp("my_at").toInstant()))
			.list();
	}

	/** A case with the latest step one person took in it: the action's wire name and when. */
	record Acted(StoredCase stored, String action, Instant at) {
	}

	/** SQL: the case numbered {@code text}, or with it in the description or address; fills its parameters. */
	static String text(String text, Map<String, Object> params) {
		params.put("number", text.strip());
		params.put("text", "%" + literal(text.strip()) + "%");
		return "(number = :number or description ilike :text or address ilike :text)";
	}

	/** A LIKE pattern matching the text literally. */
	static String literal(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}

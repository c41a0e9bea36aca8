package org.civicgrid.casework.internal;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.civicgrid.casework.CaseStatus;
import org.civicgrid.casework.Colour;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The board's SQL: counts by status (from the figures' rollups in a region scope), colours of the open cases and their
 * newest page (the partial index on open cases), each bounded by the caller's visibility ({@link CaseVisibility}).
 * Colours by the one rule ({@link CaseColours}).
 */
@Repository
class CaseBoardFigures {

	/** The grid counts in scope plus the changes since the job counted them: one statement, one snapshot. */
	private static final String IN_SCOPE = """
			select %s from (
			    select %s from event_case_grid_count where grid_code like :scope
			    union all
			    select %s from event_case_dirty where grid_code like :scope
			) counts""".formatted(CaseFigureSql.statuses(s -> "coalesce(sum(" + s + "), 0) as " + s),
			String.join(", ", CaseFigureSql.STATUSES), CaseFigureSql.statusSums("sign"));

	private final JdbcClient jdbc;
	private final CaseRows rows;

	CaseBoardFigures(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.rows = new CaseRows(json);
	}

	Map<CaseStatus, Long> byStatus(Map.Entry<String, Map<String, Object>> visible) {
		Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
		for (CaseStatus status : CaseStatus.values()) {
			counts.put(status, 0L);
		}
		jdbc.sql("select status, count(*) from event_case where " + visible.getKey() + " group by status")
			.params(visible.getValue())
			.query(rs -> {
				counts.put(CaseStatus.valueOf(rs.getString(1)), rs.getLong(2));
			});
		return counts;
	}

	/** The same counts for a region scope, from the figures' rollups (V1_3_60), exact whether refreshed or not. */
	Map<CaseStatus, Long> byStatusInScope(String likePattern) {
		return jdbc.sql(IN_SCOPE)
			.param("scope", likePattern)
			.query(rs -> {
				rs.next();
				Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
				for (CaseStatus status : CaseStatus.values()) {
					counts.put(status, rs.getLong(CaseFigureSql.column(status)));
				}
				return counts;
			});
	}

	Map<Colour, Long> byColour(Map.Entry<String, Map<String, Object>> visible, Instant now) {
		Map<String, Object> params = new HashMap<>(visible.getValue());
		params.put("now", Timestamp.from(now));
		return jdbc.sql("""
				select count(*) filter (where %s) as red, count(*) filter (where %s) as yellow,
				       count(*) filter (where %s) as green
				from event_case where (%s) and %s""".formatted(CaseColours.measured(Colour.RED),
					CaseColours.measured(Colour.YELLOW), CaseColours.measured(Colour.GREEN), visible.getKey(),
					CaseColours.OPEN))
			.params(params)
			.query(rs -> {
				rs.next();
				Map<Colour, Long> counts = new EnumMap<>(Colour.class);
				counts.put(Colour.GREEN, rs.getLong("green"));
				counts.put(Colour.YELLOW, rs.getLong("yellow"));
				counts.put(Colour.RED, rs.getLong("red"));
				return counts;
			});
	}

	/**
	 * Hands every open case in reach to {@code each}, earliest deadline first (those without one last), one row at a
	 * time: for counts that need the workflow's rules per case, without holding them all.
	 */
	void eachOpenByDeadline(Map.Entry<String, Map<String, Object>> visible, Consumer<StoredCase> each) {
		jdbc.sql("select * from event_case where (" + visible.getKey() + ") and " + CaseColours.OPEN
				+ " order by deadline nulls last, id")
			.params(visible.getValue())
			.query((ResultSet rs) -> {
				each.accept(rows.stored(rs, List.of()));
			});
	}

	List<StoredCase> newestOpen(Map.Entry<String, Map<String, Object>> visible, int limit) {
		return jdbc.sql("select * from event_case where (" + visible.getKey() + ") and " + CaseColours.OPEN
				+ " order by created_at desc, id desc limit :limit")
			.params(visible.getValue())
			.param("limit", limit)
			.query((rs, i) -> rows.stored(rs, List.of()))
			.list();
	}
}

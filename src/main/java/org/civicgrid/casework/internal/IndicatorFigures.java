package org.civicgrid.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.casework.IndicatorQuery.GroupBy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The indicators' counts in one pass over event_case: one aggregate per group and the total (grouping sets), for
 * the cases reported in the period that the caller may see. Definitions in {@link org.civicgrid.casework.IndicatorRow}.
 */
@Repository
class IndicatorFigures {

	/** Counted per group; the key is null on the total's row. */
	record Counts(String key, long filed, long closed, long closedOnTime, long deferred, long dispatched,
			long reworked, long extended, Double handlingSeconds, Double satisfaction, long rated) {
	}

	private static final String COLUMNS = """
			count(*) filter (where status not in ('REPORTED', 'VERIFIED', 'DISMISSED', 'MERGED')) as filed,
			count(*) filter (where status = 'CLOSED') as closed,
			count(*) filter (where status = 'CLOSED' and (deadline is null or clock_stopped_at <= deadline)) as closed_on_time,
			count(*) filter (where status = 'DEFERRED') as deferred,
			count(*) filter (where assignee_level is not null) as dispatched,
			count(*) filter (where assignee_level is not null and rework_count > 0) as reworked,
			count(*) filter (where assignee_level is not null and extension_count > 0) as extended,
			avg(extract(epoch from clock_stopped_at - stage_started_at))
			    filter (where status = 'CLOSED' and stage_started_at is not null and clock_stopped_at is not null) as handling,
			avg(rating) as satisfaction,
			count(rating) as rated""";

	private final JdbcClient jdbc;

	IndicatorFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param visible the caller's visibility condition ({@link CaseVisibility#where}) and its parameters
	 * @param region a region code prefix on the grid, or null for all the caller sees
	 * @param groupLength for REGION, how many leading digits of the grid code make a group
	 */
	List<Counts> count(Map.Entry<String, Map<String, Object>> visible, String region, Instant from, Instant to,
			GroupBy groupBy, int groupLength) {
		String key = switch (groupBy) {
			case REGION -> "substr(grid_code, 1, " + groupLength + ")";
			case DEPARTMENT -> "assignee_unit";
			case PERSON -> "assignee_user";
		};
		StringBuilder where = new StringBuilder("(" + visible.getKey() + ") and created_at >= :from and created_at < :to");
		Map<String, Object> params = new HashMap<>(visible.getValue());
		params.put("from", Timestamp.from(from));
		params.put("to", Timestamp.from(to));
		if (region != null) {
			where.append(" and grid_code like :region");
			params.put("region", region + "%");
		}
		switch (groupBy) {
			case DEPARTMENT -> where.append(" and assignee_level = 'DEPARTMENT'");
			case PERSON -> where.append(" and assignee_user is not null");
			case REGION -> {
			}
		}
		String sql = "select " + key + " as k, grouping(" + key + ") as total, " + COLUMNS
				+ " from event_case where " + where + " group by grouping sets ((" + key + "), ()) order by 1";
		List<Counts> counts = new ArrayList<>();
		jdbc.sql(sql).params(params).query((ResultSet rs) -> {
			counts.add(counts(rs));
		});
		return counts;
	}

	private static Counts counts(ResultSet rs) throws SQLException {
		boolean total = rs.getInt("total") == 1;
		return new Counts(total ? null : rs.getString("k"), rs.getLong("filed"), rs.getLong("closed"),
				rs.getLong("closed_on_time"), rs.getLong("deferred"), rs.getLong("dispatched"), rs.getLong("reworked"),
				rs.getLong("extended"), rs.getObject("handling") == null ? null : rs.getDouble("handling"),
				rs.getObject("satisfaction") == null ? null : rs.getDouble("satisfaction"), rs.getLong("rated"));
	}
}

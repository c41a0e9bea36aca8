package org.civicgrid.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.casework.internal.IndicatorQuery.GroupBy;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.Role;
import org.civicgrid.shared.time.CalendarSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The indicators' counts for the cases reported in a period that the caller may see, one aggregate per group and
 * the total (grouping sets), in one statement (one snapshot) over the rollups of V1_3_60: the month rows of the
 * period's whole months, the day rows of its other days, and the changes since the job counted them. So the answer
 * is what counting the cases gives at that moment.
 * Staff grouping by region read the rollups by grid; grouping by department or person and everything a department
 * handler sees concern dispatched cases only, in the {@code _assignee} rollups. Definitions in
 * {@link org.civicgrid.casework.internal.IndicatorRow}.
 */
@Repository
class IndicatorFigures {

	/** Counted per group; the key is null on the total's row. */
	record Counts(String key, long filed, long closed, long closedOnTime, long deferred, long dispatched,
			long reworked, long extended, Double handlingSeconds, Double satisfaction, long rated) {
	}

	/** The indicators from rollup-shaped rows; filed (立案) means any status past filing. */
	private static final String COLUMNS = """
			sum(filed + dispatched + in_progress + handled + closed + deferred) as filed,
			sum(closed) as closed,
			sum(closed_on_time) as closed_on_time,
			sum(deferred) as deferred,
			sum(assigned) as dispatched,
			sum(reworked) as reworked,
			sum(extended) as extended,
			sum(handling_seconds) / nullif(sum(timed), 0) as handling,
			cast(sum(rating_sum) as numeric) / nullif(sum(rated), 0) as satisfaction,
			sum(rated) as rated""";

	private final JdbcClient jdbc;
	private final String zone;

	IndicatorFigures(JdbcClient jdbc, CalendarSettings calendar) {
		this.jdbc = jdbc;
		this.zone = calendar.zone().getId();
	}

	/**
	 * @param unit the caller's unit ({@link DepartmentService#unitOf})
	 * @param region a region code prefix on the grid, or null for all the caller sees
	 * @param from the first report day, in the calendar's zone
	 * @param to the last report day, included
	 * @param groupLevel for REGION, the level whose regions make the groups
	 */
	List<Counts> count(Caller caller, String unit, String region, LocalDate from, LocalDate to, GroupBy groupBy,
			RegionLevel groupLevel) {
		Map<String, Object> params = new HashMap<>();
		String where = counted(CaseVisibility.where(caller, unit), region, groupBy, params);
		String key = key(groupBy, groupLevel);
		params.put("from", from);
		params.put("to", to);
		params.put("zone", zone);
		// whole months from the month rows, the days around them from the day rows
		LocalDate wholeFrom = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
		LocalDate wholeTo = to.plusDays(1).withDayOfMonth(1);
		if (!wholeFrom.isBefore(wholeTo)) {
			wholeFrom = from;
			wholeTo = from;
		}
		params.put("wholeFrom", wholeFrom);
		params.put("wholeTo", wholeTo);
		String rollup = groupBy == GroupBy.REGION && !caller.hasRole(Role.DEPARTMENT_HANDLER) ? "" : "_assignee";
		String sql = """
				select k, grouping(k) as total, {indicators} from (
				    select {key} as k, {summed} from event_case_month{rollup}
				    where ({where}) and month >= :wholeFrom and month < :wholeTo
				    group by 1
				    union all
				    select {key} as k, {summed} from event_case_day{rollup}
				    where ({where}) and day between :from and :to and (day < :wholeFrom or day >= :wholeTo)
				    group by 1
				    union all
				    select {key} as k, {changes} from event_case_dirty
				    where ({where}) and {inPeriod}
				    group by 1
				) parts
				group by grouping sets ((k), ())
				having grouping(k) = 1 or sum({cases}) > 0
				order by 1"""
			.replace("{indicators}", COLUMNS)
			.replace("{key}", key)
			// each part summed by group first: the grouping sets then sort a few rows per group, not every row
			.replace("{summed}", CaseFigureSql.columns(c -> "sum(" + c + ") as " + c))
			.replace("{rollup}", rollup)
			.replace("{where}", where)
			.replace("{changes}", CaseFigureSql.sums("sign"))
			.replace("{inPeriod}", CaseFigureSql.REPORTED_IN_PERIOD)
			// a group whose changes took off all it had has no case left: counting the cases shows no row for it
			.replace("{cases}", String.join(" + ", CaseFigureSql.STATUSES));
		List<Counts> counts = new ArrayList<>();
		jdbc.sql(sql).params(params).query((ResultSet rs) -> {
			counts.add(counts(rs));
		});
		return counts;
	}

	/** What a group is: the region code prefix of its grids, or the assignee's unit or username. */
	static String key(GroupBy groupBy, RegionLevel groupLevel) {
		return switch (groupBy) {
			case REGION -> "substr(grid_code, 1, " + groupLevel.codeLength() + ")";
			case DEPARTMENT -> "assignee_unit";
			case PERSON -> "assignee_user";
		};
	}

	/**
	 * Which cases count: those the caller sees, in the region if one is given, and for department or person
	 * grouping those assigned to one. Adds the parameters to {@code params}.
	 */
	static String counted(Map.Entry<String, Map<String, Object>> visible, String region, GroupBy groupBy,
			Map<String, Object> params) {
		StringBuilder where = new StringBuilder("(" + visible.getKey() + ")");
		params.putAll(visible.getValue());
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
		return where.toString();
	}

	/** A row of the aggregate: key and total, then the indicators' columns by name. */
	static Counts counts(ResultSet rs) throws SQLException {
		boolean total = rs.getInt("total") == 1;
		return new Counts(total ? null : rs.getString("k"), rs.getLong("filed"), rs.getLong("closed"),
				rs.getLong("closed_on_time"), rs.getLong("deferred"), rs.getLong("dispatched"), rs.getLong("reworked"),
				rs.getLong("extended"), rs.getObject("handling") == null ? null : rs.getDouble("handling"),
				rs.getObject("satisfaction") == null ? null : rs.getDouble("satisfaction"), rs.getLong("rated"));
	}
}

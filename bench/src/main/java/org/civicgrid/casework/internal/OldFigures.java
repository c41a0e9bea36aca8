package org.civicgrid.casework.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.civicgrid.casework.internal.IndicatorQuery.GroupBy;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reads the rollups replaced, for the ratio new ÷ old in the same run: the board's counts by status from the
 * per-grid counters of V1_3_41 (here a copy counted once, which the old trigger kept), and the indicators as one
 * aggregate over the period's cases, with the covering index V1_3_41 gave it (V1_3_60 dropped both).
 */
final class OldFigures {

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

	OldFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What the old reads had: the covering index, and the counters (as the old trigger would have kept them). */
	void install() {
		jdbc.sql("""
				create index event_case_indicator_idx on event_case (created_at, grid_code)
				    include (status, deadline, clock_stopped_at, stage_started_at, assignee_level, assignee_unit,
				             assignee_user, rework_count, extension_count, rating)""").update();
		jdbc.sql("""
				create table old_event_case_count as
				select grid_code, status, count(*) as n from event_case group by grid_code, status""").update();
		jdbc.sql("alter table old_event_case_count add primary key (grid_code, status)").update();
		jdbc.sql("create index on old_event_case_count (grid_code text_pattern_ops)").update();
	}

	/** The same names as {@link BoardAndIndicatorsBench.Figures#queries()}, the old SQL. */
	Map<String, Supplier<Object>> queries(BoardAndIndicatorsBench.Figures figures) {
		Map<String, Supplier<Object>> q = new LinkedHashMap<>();
		q.put("board counts by status, district", () -> counters(figures.leader));
		q.put("board counts by status, street", () -> counters(figures.dispatcher));
		var now = figures.queries();
		List.of("board counts by colour, district", "board counts by colour, street",
				"board first page of open cases (20), district", "board first page of open cases (20), street")
			.forEach(name -> q.put(name, now.get(name)));
		for (int days : new int[] { 30, 365 }) {
			LocalDate from = figures.today.minusDays(days - 1);
			var d = figures.leader;
			q.put("indicators " + days + " d by street, district", () -> count(d, "CGZF", "410105", from, figures.today, GroupBy.REGION, RegionLevel.STREET));
			q.put("indicators " + days + " d by community, street", () -> count(figures.dispatcher, "CGZF", "410105560", from, figures.today, GroupBy.REGION, RegionLevel.COMMUNITY));
			q.put("indicators " + days + " d by department, district", () -> count(d, "CGZF", "410105", from, figures.today, GroupBy.DEPARTMENT, RegionLevel.STREET));
			q.put("indicators " + days + " d by person, district", () -> count(d, "CGZF", "410105", from, figures.today, GroupBy.PERSON, RegionLevel.STREET));
			q.put("indicators " + days + " d by street, CGZF handler", () -> count(figures.handler, "CGZF", null, from, figures.today, GroupBy.REGION, RegionLevel.STREET));
		}
		return q;
	}

	private Object counters(Caller caller) {
		return jdbc.sql("select status, sum(n) from old_event_case_count where grid_code like :scope group by status")
			.param("scope", caller.scope().likePattern())
			.query()
			.listOfRows();
	}

	/** IndicatorFigures.count before V1_3_60, over the instants of the days' bounds. */
	List<IndicatorFigures.Counts> count(Caller caller, String unit, String region, LocalDate from, LocalDate to, GroupBy groupBy,
			RegionLevel groupLength) {
		Map<String, Object> params = new HashMap<>();
		String where = "(" + IndicatorFigures.counted(CaseVisibility.where(caller, unit), region, groupBy, params)
				+ ") and created_at >= :from and created_at < :to";
		String key = IndicatorFigures.key(groupBy, groupLength);
		params.put("from", Timestamp.from(from.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant()));
		params.put("to", Timestamp.from(to.plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant()));
		return jdbc.sql("select " + key + " as k, grouping(" + key + ") as total, " + COLUMNS + " from event_case where "
				+ where + " group by grouping sets ((" + key + "), ()) order by 1")
			.params(params)
			.query((rs, i) -> IndicatorFigures.counts(rs))
			.list();
	}
}

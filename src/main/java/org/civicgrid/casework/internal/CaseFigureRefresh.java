package org.civicgrid.casework.internal;

import static org.civicgrid.casework.internal.CaseFigureSql.IN_BUCKET;
import static org.civicgrid.casework.internal.CaseFigureSql.OF_CASES;
import static org.civicgrid.casework.internal.CaseFigureSql.SUMS;
import static org.civicgrid.casework.internal.CaseFigureSql.columns;
import static org.civicgrid.casework.internal.CaseFigureSql.statuses;

import java.util.List;
import java.util.Map;

import org.civicgrid.shared.time.CalendarSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures job (db-scheduler's recurring task {@code case-figures}, run once in a cluster): in one transaction it
 * takes the dirty markers its statement sees, recomputes exactly those buckets from event_case and replaces their
 * day rows, then the month rows of their months and the grid counts of their grids from those. A marker committed after the take stays for the next run,
 * and the reads count its bucket from the cases until then, so nothing is lost or read stale.
 */
@Repository
class CaseFigureRefresh {

	/** Refreshers of all nodes, and a node adopting a zone, take turns on this advisory lock. */
	static final long LOCK = 0x6361_7365_6669_67L; // "casefig"

	/** What one run did: the markers it took and the buckets it recomputed; {@code ran} false if another ran. */
	record Refreshed(boolean ran, long markers, int buckets) {
	}

	/** The markers of one bucket the run took. */
	private record Taken(String grid, String day, long markers) {
	}

	private static final Logger log = LoggerFactory.getLogger(CaseFigureRefresh.class);

	/** The assignee rollups' key after day (or month) and grid. */
	private static final String ASSIGNEE = ", assignee_level, assignee_unit, assignee_user";

	private static final String BUCKETS = "unnest(cast(:grids as varchar[]), cast(:days as date[])) as b(bucket_grid, bucket_day)";

	private final JdbcClient jdbc;
	private final String zone;

	CaseFigureRefresh(JdbcClient jdbc, CalendarSettings calendar) {
		this.jdbc = jdbc;
		this.zone = calendar.zone().getId();
	}

	@Transactional
	Refreshed refresh() {
		if (!jdbc.sql("select pg_try_advisory_xact_lock(:lock)").param("lock", LOCK).query(Boolean.class).single()) {
			return new Refreshed(false, 0, 0);
		}
		String cutIn = cutIn();
		if (!zone.equals(cutIn)) {
			log.warn("Case figures not refreshed: their days are cut in {}, this node's civicgrid.calendar.zone is {}",
					cutIn, zone);
			return new Refreshed(false, 0, 0);
		}
		List<Taken> taken = jdbc.sql("""
				with taken as (delete from event_case_dirty returning grid_code, created_at)
				select grid_code, cast((created_at at time zone :zone)::date as text), count(*)
				from taken group by 1, 2""")
			.param("zone", zone)
			.query((rs, i) -> new Taken(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.list();
		if (taken.isEmpty()) {
			return new Refreshed(true, 0, 0);
		}
		Map<String, Object> buckets = Map.of("grids", taken.stream().map(Taken::grid).toArray(String[]::new),
				"days", taken.stream().map(Taken::day).toArray(String[]::new), "zone", zone);
		replaceDays("event_case_day", "", "", buckets);
		replaceMonths("event_case_month", "event_case_day", "", buckets);
		replaceDays("event_case_day_assignee", ASSIGNEE, "where assignee_level is not null", buckets);
		replaceMonths("event_case_month_assignee", "event_case_day_assignee", ASSIGNEE, buckets);
		String[] grids = taken.stream().map(Taken::grid).distinct().toArray(String[]::new);
		jdbc.sql("delete from event_case_grid_count where grid_code = any(cast(:grids as varchar[]))")
			.param("grids", grids)
			.update();
		jdbc.sql("insert into event_case_grid_count (grid_code, " + String.join(", ", CaseFigureSql.STATUSES) + ")"
				+ " select grid_code, " + statuses(s -> "sum(" + s + ")") + " from event_case_month"
				+ " where grid_code = any(cast(:grids as varchar[])) group by grid_code")
			.param("grids", grids)
			.update();
		return new Refreshed(true, taken.stream().mapToLong(Taken::markers).sum(), taken.size());
	}

	/** The buckets' day rows, deleted and computed again from their cases; {@code key} after day and grid. */
	private void replaceDays(String rollup, String key, String where, Map<String, Object> buckets) {
		jdbc.sql("delete from " + rollup + " using " + BUCKETS + " where " + CaseFigureSql.ROW_IN_BUCKET)
			.params(buckets)
			.update();
		jdbc.sql("insert into " + rollup + " (day, grid_code" + key + ", " + SUMS + ")"
				+ " select bucket_day, bucket_grid" + key + ", " + OF_CASES
				+ " from " + BUCKETS + " join event_case on " + IN_BUCKET + " " + where
				+ " group by bucket_day, bucket_grid" + key)
			.params(buckets)
			.update();
	}

	/** The month rows of the buckets' months, summed again from their day rows. */
	private void replaceMonths(String rollup, String days, String key, Map<String, Object> buckets) {
		String months = "(select distinct bucket_grid, cast(date_trunc('month', bucket_day) as date) as bucket_month"
				+ " from " + BUCKETS + ") m";
		jdbc.sql("delete from " + rollup + " using " + months + " where grid_code = bucket_grid and month = bucket_month")
			.params(buckets)
			.update();
		jdbc.sql("insert into " + rollup + " (month, grid_code" + key + ", " + SUMS + ")"
				+ " select bucket_month, grid_code" + key + ", " + columns(c -> "sum(" + c + ")") + " from " + months
				+ " join " + days + " on grid_code = bucket_grid"
				+ " and day >= bucket_month and day < cast(bucket_month + interval '1 month' as date)"
				+ " group by bucket_month, grid_code" + key)
			.params(buckets)
			.update();
	}

	/**
	 * Days are cut in the configured zone: a node started with another zone than the rollups were cut in drops them
	 * and marks every bucket dirty, so reads count cases until the job has cut them again. Nothing to redo at the
	 * first start: the migration marked every case.
	 */
	@Transactional
	void adoptZone() {
		jdbc.sql("select count(*) from pg_advisory_xact_lock(:lock)").param("lock", LOCK).query(Long.class).single();
		String cutIn = cutIn();
		if (zone.equals(cutIn)) {
			return;
		}
		if (cutIn != null) {
			log.warn("Case figures were cut in {}, civicgrid.calendar.zone is now {}: recounting them", cutIn, zone);
			List.of("event_case_day", "event_case_month", "event_case_day_assignee", "event_case_month_assignee",
					"event_case_grid_count")
				.forEach(rollup -> jdbc.sql("delete from " + rollup).update());
			jdbc.sql("""
					insert into event_case_dirty (grid_code, created_at)
					select distinct grid_code, date_trunc('day', created_at, :zone) from event_case""")
				.param("zone", zone)
				.update();
		}
		jdbc.sql("update event_case_figures set zone = :zone").param("zone", zone).update();
	}

	private String cutIn() {
		return jdbc.sql("select zone from event_case_figures").query(String.class).optional().orElse(null);
	}
}

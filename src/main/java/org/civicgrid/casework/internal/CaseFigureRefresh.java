package org.civicgrid.casework.internal;

import static org.civicgrid.casework.internal.CaseFigureSql.SUMS;

import java.util.List;
import java.util.Map;

import org.civicgrid.shared.time.CalendarSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures job (db-scheduler's recurring task {@code case-figures}, run once in a cluster). In one snapshot
 * (repeatable read) it takes the changes that snapshot sees, counts their buckets again from event_case as the same
 * snapshot sees it, and replaces the buckets' day rows, then the month rows of their months and the grid counts of
 * their grids. A change committed after the snapshot is neither taken nor counted: it stays for the next run, and
 * reads add it to the rollups until then. So rollups plus remaining changes always equal the cases.
 */
@Repository
class CaseFigureRefresh {

	/** Refreshers of all nodes, and a node adopting a zone, take turns on this advisory lock. */
	static final long LOCK = 0x6361_7365_6669_67L; // "casefig"

	/** From this many buckets on, one pass over all cases is cheaper than looking each bucket up. */
	static final int RECOUNT_ALL_FROM = 20_000;

	/** What one run did: the changes it took and the buckets it counted again; {@code ran} false if another ran. */
	record Refreshed(boolean ran, long changes, int buckets) {
	}

	/** The changes of one bucket the run took. */
	private record Taken(String grid, String day, long changes) {
	}

	/** A pair of rollups, by day and by month: their key after day (or month) and grid, which cases they count. */
	private record Rollup(String days, String months, String key, String where) {
	}

	private static final List<Rollup> ROLLUPS = List.of(new Rollup("event_case_day", "event_case_month", "", ""),
			new Rollup("event_case_day_assignee", "event_case_month_assignee",
					", assignee_level, assignee_unit, assignee_user", " where assignee_level is not null"));

	private static final String BUCKETS = "unnest(cast(:grids as varchar[]), cast(:days as date[])) as b(bucket_grid, bucket_day)";

	private static final Logger log = LoggerFactory.getLogger(CaseFigureRefresh.class);

	private final JdbcClient jdbc;
	private final String zone;

	CaseFigureRefresh(JdbcClient jdbc, CalendarSettings calendar) {
		this.jdbc = jdbc;
		this.zone = calendar.zone().getId();
	}

	@Transactional(isolation = Isolation.REPEATABLE_READ)
	Refreshed refresh() {
		if (!locked()) {
			return new Refreshed(false, 0, 0);
		}
		String cutIn = cutIn();
		if (!zone.equals(cutIn)) {
			log.warn("Case figures not refreshed: their days are cut in {}, this node's civicgrid.calendar.zone is {}",
					cutIn, zone);
			return new Refreshed(false, 0, 0);
		}
		List<Taken> taken = jdbc.sql("with taken as (delete from event_case_dirty returning grid_code, created_at)"
				+ " select grid_code, cast(" + CaseFigureSql.BUCKET_DAY + " as text), count(*) from taken group by 1, 2")
			.param("zone", zone)
			.query((rs, i) -> new Taken(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.list();
		if (taken.size() >= RECOUNT_ALL_FROM) {
			recountAll();
		}
		else if (!taken.isEmpty()) {
			Map<String, Object> buckets = Map.of("grids", taken.stream().map(Taken::grid).toArray(String[]::new),
					"days", taken.stream().map(Taken::day).toArray(String[]::new), "zone", zone);
			for (Rollup rollup : ROLLUPS) {
				jdbc.sql("delete from " + rollup.days() + " using " + BUCKETS
						+ " where grid_code = bucket_grid and day = bucket_day")
					.params(buckets)
					.update();
			}
			String months = "(select distinct bucket_grid, cast(date_trunc('month', bucket_day) as date) as"
					+ " bucket_month from " + BUCKETS + ") m";
			countDays(" from " + BUCKETS + " join event_case on " + CaseFigureSql.IN_BUCKET, months, buckets);
			sumGrids(" where grid_code = any(cast(:grids as varchar[]))", buckets);
		}
		return new Refreshed(true, taken.stream().mapToLong(Taken::changes).sum(), taken.size());
	}

	/**
	 * Days are cut in the configured zone. At the first start, and when a node starts with another zone than the
	 * rollups were cut in, every change is dropped and every rollup counted again from the cases, in one snapshot.
	 * Answers false if a refresher held the lock meanwhile (try again).
	 */
	@Transactional(isolation = Isolation.REPEATABLE_READ)
	boolean adoptZone() {
		if (!locked()) {
			return false;
		}
		String cutIn = cutIn();
		if (!zone.equals(cutIn)) {
			if (cutIn != null) {
				log.warn("Case figures were cut in {}, civicgrid.calendar.zone is now {}: counting them again", cutIn,
						zone);
			}
			jdbc.sql("update event_case_figures set zone = :zone").param("zone", zone).update();
			jdbc.sql("delete from event_case_dirty").update();
			recountAll();
		}
		return true;
	}

	/** Every rollup counted again, in one pass over the cases. */
	private void recountAll() {
		// one aggregate over every bucket: memory enough not to spill it to disk
		jdbc.sql("set local work_mem = '64MB'").update();
		for (Rollup rollup : ROLLUPS) {
			jdbc.sql("delete from " + rollup.days()).update();
			jdbc.sql("delete from " + rollup.months()).update();
		}
		String cases = " from (select *, " + CaseFigureSql.BUCKET_DAY + " as bucket_day, grid_code as bucket_grid"
				+ " from event_case) e";
		String months = "(select distinct grid_code as bucket_grid, cast(date_trunc('month', day) as date)"
				+ " as bucket_month from event_case_day) m";
		countDays(cases, months, Map.of("zone", zone));
		sumGrids("", Map.of());
	}

	/**
	 * The day rows of the buckets {@code cases} joins to their cases, counted (their old rows are gone already);
	 * then the month rows of the months {@code months} names, summed again from the day rows.
	 */
	private void countDays(String cases, String months, Map<String, Object> params) {
		for (Rollup rollup : ROLLUPS) {
			jdbc.sql("insert into " + rollup.days() + " (day, grid_code" + rollup.key() + ", " + SUMS + ")"
					+ " select bucket_day, bucket_grid" + rollup.key() + ", " + CaseFigureSql.sums(CaseFigureSql.ONE)
					+ cases + rollup.where() + " group by bucket_day, bucket_grid" + rollup.key())
				.params(params)
				.update();
			jdbc.sql("delete from " + rollup.months() + " using " + months
					+ " where grid_code = bucket_grid and month = bucket_month")
				.params(params)
				.update();
			jdbc.sql("insert into " + rollup.months() + " (month, grid_code" + rollup.key() + ", " + SUMS + ")"
					+ " select bucket_month, grid_code" + rollup.key() + ", " + CaseFigureSql.columns(c -> "sum(" + c + ")")
					+ " from " + months + " join " + rollup.days() + " on grid_code = bucket_grid"
					+ " and day >= bucket_month and day < cast(bucket_month + interval '1 month' as date)"
					+ " group by bucket_month, grid_code" + rollup.key())
				.params(params)
				.update();
		}
	}

	/** The grid counts of the grids {@code where} names, summed again from their month rows. */
	private void sumGrids(String where, Map<String, Object> params) {
		jdbc.sql("delete from event_case_grid_count" + where).params(params).update();
		jdbc.sql("insert into event_case_grid_count (grid_code, " + SUMS + ")"
				+ " select grid_code, " + CaseFigureSql.columns(c -> "sum(" + c + ")") + " from event_case_month"
				+ where + " group by grid_code")
			.params(params)
			.update();
	}

	private boolean locked() {
		return jdbc.sql("select pg_try_advisory_xact_lock(:lock)").param("lock", LOCK).query(Boolean.class).single();
	}

	private String cutIn() {
		return jdbc.sql("select zone from event_case_figures").query(String.class).optional().orElse(null);
	}
}

package org.civicgrid.casework.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.civicgrid.casework.internal.IndicatorQuery.GroupBy;
import org.civicgrid.demo.DemoCases;
import org.civicgrid.demo.DemoDistrict;
import org.civicgrid.demo.DemoScale;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.Role;
import org.civicgrid.shared.time.CalendarSettings;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dispatcher's board and the indicators over a million cases, through the app's own SQL classes
 * ({@link CaseBoardFigures}, {@link IndicatorFigures}, {@link CaseFigureRefresh}, with {@link CaseVisibility}'s
 * scope conditions) on the app's schema (its Flyway migrations) in an embedded PostgreSQL of the version the app
 * runs, loaded by {@link DemoCases} at district scale (455 grids, 8 streets). Measured in two states of the rollups,
 * refreshed and with a backlog of changes not yet counted (the last 10 s of 1,500 reports/s), then the old reads ({@link
 * OldFigures}) on the same data, with the index and counters they had. In both states every indicator read is first
 * checked to equal the old aggregate exactly, and the board counts to equal counting the cases.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.civicgrid.casework.internal.BoardAndIndicatorsBench [cases=1000000] [iterations=200]
 * </pre>
 */
public final class BoardAndIndicatorsBench {

	static final long SEED = 20261122L;
	static final String DISTRICT = "410105";
	static final String STREET = "410105560";
	static final int BACKLOG_REPORTS = 12_000;
	static final int BACKLOG_CHANGES = 3_000;

	public static void main(String[] args) throws Exception {
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		long cases = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000;
		int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 200;
		List<String> grids = new ArrayList<>(DemoDistrict.gridBoundaries(DemoScale.DISTRICT, SEED).keySet());
		grids.sort(Comparator.naturalOrder());
		System.out.printf(Locale.ROOT, "BoardAndIndicatorsBench: %,d cases over %d grids, %d iterations per query%n",
				cases, grids.size(), iterations);
		Path data = Files.createTempDirectory("board-bench-pg");
		try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(true)
			.setServerConfig("max_connections", "100")
			.setServerConfig("shared_buffers", "128MB")
			.setServerConfig("fsync", "off")
			.setServerConfig("synchronous_commit", "off")
			.setServerConfig("full_page_writes", "off")
			.setServerConfig("max_wal_size", "4GB")
			.setServerConfig("maintenance_work_mem", "512MB")
			.start()) {
			DataSource ds = pg.getPostgresDatabase();
			Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
			CalendarSettings calendar = CalendarSettings.defaults();
			// every read and run of the job on one connection kept open, as the app's pool keeps its connections:
			// a new connection per query would time the connection and a cold catalog cache, not the query
			SingleConnectionDataSource connection = new SingleConnectionDataSource(ds.getConnection(), true);
			JdbcClient jdbc = JdbcClient.create(connection);
			// the job's transaction as the app's @Transactional gives it
			TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(connection));
			tx.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
			CaseFigureRefresh refresh = new CaseFigureRefresh(jdbc, calendar);
			tx.executeWithoutResult(s -> refresh.adoptZone());
			Instant end = ZonedDateTime.of(2026, 11, 22, 12, 0, 0, 0, calendar.zone()).toInstant();
			long t = System.nanoTime();
			DemoCases.generate(ds, grids, cases, SEED, end);
			System.out.printf(Locale.ROOT, "Loaded %,d cases (and as many changes) in %.1f s%n", cases, seconds(t));
			t = System.nanoTime();
			var first = tx.execute(s -> refresh.refresh());
			System.out.printf(Locale.ROOT, "First refresh (every bucket): %,d changes, %,d buckets in %.1f s%n", first.changes(),
					first.buckets(), seconds(t));
			vacuum(ds);
			sizes(jdbc);
			Figures figures = new Figures(jdbc, calendar, end);
			OldFigures old = new OldFigures(jdbc);
			verify("refreshed", figures, old);
			Map<String, double[]> refreshed = measure(figures.queries(), iterations);
			backlog(jdbc, grids, end, 0);
			verify("backlog", figures, old);
			Map<String, double[]> dirty = measure(figures.queries(), iterations);
			List<Double> refreshes = new ArrayList<>();
			for (int round = 1; round <= 5; round++) {
				if (round > 1) {
					backlog(jdbc, grids, end, round);
				}
				t = System.nanoTime();
				var r = tx.execute(s -> refresh.refresh());
				refreshes.add(seconds(t) * 1000);
				System.out.printf(Locale.ROOT, "Backlog refresh %d: %,d changes, %,d buckets in %.0f ms%n", round,
						r.changes(), r.buckets(), refreshes.get(refreshes.size() - 1));
			}
			System.out.printf(Locale.ROOT, "Backlog refresh median: %.0f ms%n", median(refreshes));
			old.install();
			vacuum(ds);
			Map<String, double[]> before = measure(old.queries(figures), iterations);
			print(refreshed, dirty, before);
		}
	}

	/** The queries of the app's read paths, by name; the old reads have the same names. */
	static final class Figures {

		final CaseBoardFigures board;
		final IndicatorFigures indicators;
		final Instant now;
		final LocalDate today;
		final Caller leader = new Caller(1, "leader", "区领导", Role.LEADER, DISTRICT);
		final Caller dispatcher = new Caller(2, "dispatcher", "街道调度员", Role.STREET_STAFF, STREET);
		final Caller handler = new Caller(3, "handler", "城管局办件员", Role.DEPARTMENT_HANDLER, DISTRICT);

		Figures(JdbcClient jdbc, CalendarSettings calendar, Instant now) {
			this.board = new CaseBoardFigures(jdbc, JsonMapper.builder().build());
			this.indicators = new IndicatorFigures(jdbc, calendar);
			this.now = now;
			this.today = LocalDate.ofInstant(now, calendar.zone());
		}

		Map<String, Supplier<Object>> queries() {
			var district = CaseVisibility.where(leader, DISTRICT);
			var street = CaseVisibility.where(dispatcher, STREET);
			Map<String, Supplier<Object>> q = new LinkedHashMap<>();
			q.put("board counts by status, district", () -> board.byStatusInScope(leader.scope().likePattern()));
			q.put("board counts by status, street", () -> board.byStatusInScope(dispatcher.scope().likePattern()));
			q.put("board counts by colour, district", () -> board.byColour(district, now));
			q.put("board counts by colour, street", () -> board.byColour(street, now));
			q.put("board first page of open cases (20), district", () -> board.newestOpen(district, 20));
			q.put("board first page of open cases (20), street", () -> board.newestOpen(street, 20));
			for (int days : new int[] { 30, 365 }) {
				LocalDate from = today.minusDays(days - 1);
				q.put("indicators " + days + " d by street, district", () -> indicators.count(leader, DISTRICT, DISTRICT, from, today, GroupBy.REGION, RegionLevel.STREET));
				q.put("indicators " + days + " d by community, street", () -> indicators.count(dispatcher, STREET, STREET, from, today, GroupBy.REGION, RegionLevel.COMMUNITY));
				q.put("indicators " + days + " d by department, district", () -> indicators.count(leader, DISTRICT, DISTRICT, from, today, GroupBy.DEPARTMENT, RegionLevel.STREET));
				q.put("indicators " + days + " d by person, district", () -> indicators.count(leader, DISTRICT, DISTRICT, from, today, GroupBy.PERSON, RegionLevel.STREET));
				q.put("indicators " + days + " d by street, CGZF handler", () -> indicators.count(handler, "CGZF", null, from, today, GroupBy.REGION, RegionLevel.STREET));
			}
			return q;
		}
	}

	/**
	 * The last 10 s of intake at 1,500 reports/s: new reports in random grids, and status changes of open cases of
	 * the last two weeks, each leaving its marker.
	 */
	static void backlog(JdbcClient jdbc, List<String> grids, Instant end, int round) {
		jdbc.sql("select setseed(:s)").param("s", 0.1 * round).query().listOfRows();
		jdbc.sql("""
				insert into event_case (number, category_code, time_limit, grid_code, status, reporter_username, channel,
				    description, created_at, updated_at)
				select 'BL' || :round || '-' || g, 'E0102', '4wh',
				       (cast(:grids as varchar[]))[1 + floor(random() * :n)::int], 'REPORTED', 'bench', 'RESIDENT', '积压',
				       cast(:end as timestamptz) - random() * interval '10 seconds', cast(:end as timestamptz)
				from generate_series(1, :count) g""")
			.param("round", round).param("grids", grids.toArray(String[]::new)).param("n", grids.size())
			.param("end", java.sql.Timestamp.from(end)).param("count", BACKLOG_REPORTS)
			.update();
		jdbc.sql("""
				update event_case set status = case status when 'REPORTED' then 'VERIFIED' when 'VERIFIED' then 'FILED'
				    when 'FILED' then 'DISPATCHED' when 'DISPATCHED' then 'IN_PROGRESS' when 'IN_PROGRESS' then 'HANDLED'
				    else 'CLOSED' end
				where id in (select id from event_case
				             where created_at > cast(:end as timestamptz) - interval '14 days'
				               and status in ('REPORTED', 'VERIFIED', 'FILED', 'DISPATCHED', 'IN_PROGRESS', 'HANDLED')
				             order by random() limit :count)""")
			.param("end", java.sql.Timestamp.from(end)).param("count", BACKLOG_CHANGES)
			.update();
		System.out.printf(Locale.ROOT, "Backlog: %,d changes%n",
				jdbc.sql("select count(*) from event_case_dirty").query(Long.class).single());
	}

	/** The new reads answer exactly what the old ones do, to the last digit of every average. */
	static void verify(String state, Figures figures, OldFigures old) {
		var now = figures.queries();
		var before = old.queries(figures);
		int same = 0;
		for (String name : now.keySet()) {
			if (name.startsWith("indicators")) {
				if (!now.get(name).get().equals(before.get(name).get())) {
					throw new IllegalStateException(state + ": " + name + " differs from the old read");
				}
				same++;
			}
		}
		for (Caller caller : List.of(figures.leader, figures.dispatcher)) {
			var counted = figures.board.byStatus(CaseVisibility.where(caller, caller.regionCode()));
			if (!figures.board.byStatusInScope(caller.scope().likePattern()).equals(counted)) {
				throw new IllegalStateException(state + ": board counts of " + caller.regionCode() + " differ");
			}
			same++;
		}
		System.out.printf(Locale.ROOT, "%s: %d reads equal counting the cases%n", state, same);
	}

	static Map<String, double[]> measure(Map<String, Supplier<Object>> queries, int iterations) {
		for (int w = 0; w < 5; w++) {
			queries.values().forEach(Supplier::get);
		}
		Map<String, double[]> times = new LinkedHashMap<>();
		for (var q : queries.entrySet()) {
			int n = q.getKey().contains("365") ? Math.max(20, iterations / 5) : iterations;
			double[] ms = new double[n];
			for (int i = 0; i < n; i++) {
				long t = System.nanoTime();
				q.getValue().get();
				ms[i] = (System.nanoTime() - t) / 1e6;
			}
			Arrays.sort(ms);
			times.put(q.getKey(), ms);
			System.out.printf(Locale.ROOT, "  %-48s median %8.1f  p95 %8.1f ms (n=%d)%n", q.getKey(), ms[n / 2],
					p95(ms), n);
		}
		return times;
	}

	static void print(Map<String, double[]> refreshed, Map<String, double[]> dirty, Map<String, double[]> old) {
		System.out.println();
		System.out.println("| query | refreshed median | p95 | backlog median | p95 | old median | p95 | refreshed ÷ old | backlog ÷ old |");
		System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
		for (var q : refreshed.entrySet()) {
			double[] r = q.getValue();
			double[] d = dirty.get(q.getKey());
			double[] o = old.get(q.getKey());
			System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %s | %s | %s | %s |%n", q.getKey(),
					r[r.length / 2], p95(r), d[d.length / 2], p95(d), o == null ? "" : "%.1f".formatted(o[o.length / 2]),
					o == null ? "" : "%.1f".formatted(p95(o)), ratio(r, o), ratio(d, o));
		}
	}

	private static String ratio(double[] now, double[] old) {
		return old == null ? "" : String.format(Locale.ROOT, "%.3f", now[now.length / 2] / old[old.length / 2]);
	}

	private static double p95(double[] sorted) {
		return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	static void vacuum(DataSource ds) throws Exception {
		try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
			s.execute("vacuum analyze");
		}
	}

	static void sizes(JdbcClient jdbc) {
		for (String table : List.of("event_case", "event_case_day", "event_case_month", "event_case_day_assignee",
				"event_case_month_assignee", "event_case_grid_count")) {
			System.out.printf(Locale.ROOT, "%-24s %,10d rows %8.1f MB%n", table,
					jdbc.sql("select count(*) from " + table).query(Long.class).single(),
					jdbc.sql("select pg_total_relation_size(cast(:t as regclass))").param("t", table)
						.query(Long.class).single() / 1048576.0);
		}
	}
}

package org.civicgrid.casework.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
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
import org.civicgrid.casework.IndicatorQuery.GroupBy;
import org.civicgrid.demo.DemoCases;
import org.civicgrid.demo.DemoDistrict;
import org.civicgrid.demo.DemoScale;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.Role;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dispatcher's board and the indicators over a million cases, through the app's own SQL classes
 * ({@link CaseBoardFigures}, {@link IndicatorFigures}, with {@link CaseVisibility}'s scope conditions) on the app's
 * schema (its Flyway migrations) in an embedded PostgreSQL of the version the app runs, loaded by
 * {@link DemoCases} at district scale (455 grids, 8 streets).
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.civicgrid.casework.internal.BoardAndIndicatorsBench [cases=1000000] [iterations=200]
 * </pre>
 */
public final class BoardAndIndicatorsBench {

	static final long SEED = 20261122L;
	static final String DISTRICT = "410105";
	static final String STREET = "410105560";

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
			Instant end = ZonedDateTime.of(2026, 11, 22, 12, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant();
			long t = System.nanoTime();
			DemoCases.generate(ds, grids, cases, SEED, end);
			System.out.printf(Locale.ROOT, "Loaded %,d cases in %.1f s%n", cases, (System.nanoTime() - t) / 1e9);
			try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
				s.execute("vacuum analyze event_case");
			}
			run(ds, end, iterations);
		}
	}

	static void run(DataSource ds, Instant now, int iterations) {
		JdbcClient jdbc = JdbcClient.create(ds);
		CaseBoardFigures board = new CaseBoardFigures(jdbc, JsonMapper.builder().build());
		IndicatorFigures indicators = new IndicatorFigures(jdbc);
		Caller leader = new Caller(1, "leader", "区领导", Role.LEADER, DISTRICT);
		Caller dispatcher = new Caller(2, "dispatcher", "街道调度员", Role.STREET_STAFF, STREET);
		var district = CaseVisibility.where(leader, DISTRICT);
		var street = CaseVisibility.where(dispatcher, STREET);
		Instant month = now.minusSeconds(30L * 86_400);
		Instant year = now.minusSeconds(365L * 86_400);

		Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
		queries.put("board counts by status, district", () -> board.byStatusInScope(leader.scope().likePattern()));
		queries.put("board counts by status, street", () -> board.byStatusInScope(dispatcher.scope().likePattern()));
		queries.put("board counts by colour, district", () -> board.byColour(district, now));
		queries.put("board counts by colour, street", () -> board.byColour(street, now));
		queries.put("board first page of open cases (20), district", () -> board.newestOpen(district, 20));
		queries.put("board first page of open cases (20), street", () -> board.newestOpen(street, 20));
		queries.put("indicators 30 days by street, district", () -> indicators.count(district, DISTRICT, month, now, GroupBy.REGION, 9));
		queries.put("indicators 30 days by community, street", () -> indicators.count(street, STREET, month, now, GroupBy.REGION, 12));
		queries.put("indicators 30 days by department, district", () -> indicators.count(district, DISTRICT, month, now, GroupBy.DEPARTMENT, 9));
		queries.put("indicators 365 days by street, district", () -> indicators.count(district, DISTRICT, year, now, GroupBy.REGION, 9));
		queries.put("indicators 365 days by community, street", () -> indicators.count(street, STREET, year, now, GroupBy.REGION, 12));

		for (int w = 0; w < 5; w++) {
			queries.values().forEach(Supplier::get);
		}
		System.out.printf(Locale.ROOT, "%-48s %9s %9s %9s%n", "query", "median ms", "p95 ms", "max ms");
		for (var q : queries.entrySet()) {
			int n = q.getKey().contains("365") ? Math.max(20, iterations / 5) : iterations;
			double[] ms = new double[n];
			for (int i = 0; i < n; i++) {
				long t = System.nanoTime();
				q.getValue().get();
				ms[i] = (System.nanoTime() - t) / 1e6;
			}
			Arrays.sort(ms);
			System.out.printf(Locale.ROOT, "%-48s %9.1f %9.1f %9.1f  (n=%d)%n", q.getKey(), ms[n / 2],
					ms[(int) Math.ceil(n * 0.95) - 1], ms[n - 1], n);
		}
	}
}

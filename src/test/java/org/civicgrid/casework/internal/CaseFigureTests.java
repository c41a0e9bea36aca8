package org.civicgrid.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.civicgrid.casework.Department;
import org.civicgrid.casework.internal.IndicatorQuery.GroupBy;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.Role;
import org.civicgrid.shared.time.CalendarSettings;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The board's counts and every indicator row equal counting the cases ({@link CaseFigureOracle}) in whatever state
 * the rollups are: every bucket dirty (the job held off by holding its lock), refreshed, after random changes on top
 * of refreshed rollups (clean and dirty buckets mixed), refreshed again. Some 3,000 cases in a street no other test
 * uses, over 80 days, at random statuses, assignees, clocks and ratings, some at the edges of a day; read by street
 * staff, a community worker, a department handler and a district leader (whose district holds the other tests' cases
 * too), grouped by region, department and person, over several periods, each read and its expectation in one
 * snapshot.
 */
class CaseFigureTests extends ApiTest {

	static final String STREET = RandomCases.STREET;
	static final ZoneId ZONE = CalendarSettings.DEFAULT_ZONE;

	final Caller street = new Caller(0, "t-fig-street", "街道", Role.STREET_STAFF, STREET);
	final Caller community = new Caller(0, "t-fig-community", "社区", Role.COMMUNITY_STAFF, STREET + "001");
	final Caller handler = new Caller(0, "t-fig-handler", "部门", Role.DEPARTMENT_HANDLER, "410105");
	final Caller leader = new Caller(0, "t-fig-leader", "区领导", Role.LEADER, "410105");
	final LocalDate today = LocalDate.now(ZONE);

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IndicatorFigures figures;

	@Autowired
	IndicatorService indicators;

	@Autowired
	BoardService boards;

	@Autowired
	CaseFigureRefresh refresh;

	@Autowired
	DepartmentService departments;

	@Autowired
	DepartmentTable departmentTable;

	@Autowired
	PlatformTransactionManager transactions;

	RandomCases cases;

	@BeforeEach
	void randomCases() {
		cases = new RandomCases(dataSource, jdbc, ZONE, today);
	}

	@Test
	void theFiguresEqualTheCasesWhetherTheJobRanOrNot() throws Exception {
		departmentTable.insert(new Department("FIGA", "图表测试甲局", null, List.of("t-fig-handler")));
		departmentTable.insert(new Department("FIGB", "图表测试乙局", null, List.of()));
		SplittableRandom random = new SplittableRandom(20261201);
		List<Long> ids;
		try (JobHeldOff held = holdOffTheJob()) {
			ids = cases.report(random, 3000);
			assertThat(markers()).isGreaterThanOrEqualTo(3000);
			assertTheFiguresEqualTheCases("every bucket dirty");
		}
		refreshed();
		assertThat(markers()).isZero();
		assertThat(jdbc.sql("select count(*) from event_case_day where grid_code like :s").param("s", STREET + "%")
			.query(Long.class).single()).isPositive();
		assertTheFiguresEqualTheCases("refreshed");
		try (JobHeldOff held = holdOffTheJob()) {
			cases.change(random, ids, 3);
			assertThat(markers()).isPositive();
			assertTheFiguresEqualTheCases("changed, clean and dirty buckets");
		}
		refreshed();
		assertTheFiguresEqualTheCases("changed, refreshed");
		jdbc.sql("update event_case_figures set zone = 'UTC'").update();
		assertThat(refresh.adoptZone()).isTrue();
		assertThat(jdbc.sql("select zone from event_case_figures").query(String.class).single()).isEqualTo(ZONE.getId());
		assertTheFiguresEqualTheCases("counted all again, as after a change of zone");
	}

	/**
	 * Writers report and change cases while the job runs again and again: whatever a run takes it counts, whatever it
	 * does not see stays a change. Read without a last run, a change both counted and still pending (or neither)
	 * would show.
	 */
	@Test
	void theJobAmidWritesNeitherLosesNorDoublesAChange() throws Exception {
		List<Long> ids = cases.report(new SplittableRandom(7), 200);
		long until = System.nanoTime() + Duration.ofSeconds(4).toNanos();
		ExecutorService writers = Executors.newFixedThreadPool(4);
		List<Future<?>> writing = new ArrayList<>();
		for (int w = 0; w < 4; w++) {
			SplittableRandom random = new SplittableRandom(100 + w);
			writing.add(writers.submit(() -> {
				while (System.nanoTime() < until) {
					if (random.nextBoolean()) {
						cases.report(random, 1);
					}
					else {
						cases.change(random, List.of(ids.get(random.nextInt(ids.size()))), 1);
					}
				}
				return null;
			}));
		}
		int runs = 0;
		while (System.nanoTime() < until) {
			runs += refresh.refresh().ran() ? 1 : 0;
		}
		for (var w : writing) {
			w.get();
		}
		writers.shutdown();
		assertThat(runs).isPositive();
		assertTheFiguresEqualTheCases("amid writes, " + runs + " runs");
	}

	private void assertTheFiguresEqualTheCases(String state) {
		LocalDate month = today.withDayOfMonth(1);
		List<LocalDate[]> periods = List.of(period(79, 0), period(6, 0), period(30, 10), period(0, 0),
				period(3, 3), period(400, 200), new LocalDate[] { month.minusMonths(1), month.minusDays(1) });
		Map<Caller, List<String>> regions = new LinkedHashMap<>();
		regions.put(street, Arrays.asList(null, STREET + "002"));
		regions.put(community, Arrays.asList(null, STREET + "001003"));
		regions.put(handler, Arrays.asList(null, STREET + "003"));
		regions.put(leader, Arrays.asList(null, STREET));
		inOneSnapshot(() -> {
			CaseFigureOracle counted = CaseFigureOracle.read(jdbc, ZONE, RandomCases.DEPARTMENTS);
			regions.forEach((caller, callerRegions) -> {
				String unit = departments.unitOf(caller);
				assertThat(boards.board(caller, 1).byStatus()).as("%s: board of %s", state, caller.username())
					.isEqualTo(counted.byStatus(caller, unit));
				for (GroupBy groupBy : GroupBy.values()) {
					assertTheServiceAgrees(state, counted, caller, unit, groupBy);
					for (String asked : callerRegions) {
						boolean handles = caller.hasRole(Role.DEPARTMENT_HANDLER);
						String region = asked == null && !handles ? caller.regionCode() : asked;
						RegionLevel groupLevel = childLevel(region);
						for (LocalDate[] p : periods) {
							String what = "%s: %s by %s in %s, %s to %s".formatted(state, caller.username(), groupBy,
									region, p[0], p[1]);
							assertSame(what, figures.count(caller, unit, region, p[0], p[1], groupBy, groupLevel),
									counted.indicators(caller, unit, region, p[0], p[1], groupBy, groupLevel.codeLength()));
						}
					}
				}
			});
		});
	}

	/** What the API answers for the default period: every count of every row as the cases give it. */
	private void assertTheServiceAgrees(String state, CaseFigureOracle counted, Caller caller, String unit,
			GroupBy groupBy) {
		var report = indicators.indicators(caller, new IndicatorQuery(null, null, groupBy, null));
		boolean handles = caller.hasRole(Role.DEPARTMENT_HANDLER);
		String region = handles ? null : caller.regionCode();
		var expected = counted.indicators(caller, unit, region, today.minusDays(29), today, groupBy, childLevel(region).codeLength());
		Map<String, List<Long>> answered = new LinkedHashMap<>();
		report.groups().forEach(row -> answered.put(row.key(), longs(row)));
		answered.put("total", longs(report.total()));
		Map<String, List<Long>> byCases = new LinkedHashMap<>();
		expected.forEach((key, c) -> byCases.put(key, List.of(c.filed(), c.closed(), c.closedOnTime(), c.deferred(),
				c.dispatched(), c.reworked(), c.extended(), c.rated())));
		assertThat(answered).as("%s: API for %s by %s", state, caller.username(), groupBy).isEqualTo(byCases);
	}

	/** The groups one level under the region, as the service cuts them. */
	private static RegionLevel childLevel(String region) {
		return region == null ? RegionLevel.STREET : switch (region.length()) {
			case 6 -> RegionLevel.STREET;
			case 9 -> RegionLevel.COMMUNITY;
			default -> RegionLevel.GRID;
		};
	}

	private static List<Long> longs(IndicatorRow r) {
		return List.of(r.filed(), r.closed(), r.closedOnTime(), r.deferred(), r.dispatched(), r.reworked(),
				r.extended(), r.rated());
	}

	private static void assertSame(String what, List<IndicatorFigures.Counts> answered,
			Map<String, IndicatorFigures.Counts> counted) {
		Map<String, IndicatorFigures.Counts> byKey = new LinkedHashMap<>();
		answered.forEach(c -> byKey.put(c.key() == null ? "total" : c.key(), c));
		assertThat(byKey.keySet()).as(what).containsExactlyInAnyOrderElementsOf(counted.keySet());
		counted.forEach((key, expected) -> {
			var actual = byKey.get(key);
			assertThat(actual).as(what + ", " + key).usingRecursiveComparison()
				.ignoringFields("handlingSeconds", "satisfaction").isEqualTo(expected);
			assertClose(what + ", " + key + " handling", actual.handlingSeconds(), expected.handlingSeconds());
			assertClose(what + ", " + key + " satisfaction", actual.satisfaction(), expected.satisfaction());
		});
	}

	private static void assertClose(String what, Double actual, Double expected) {
		if (expected == null) {
			assertThat(actual).as(what).isNull();
		}
		else {
			assertThat(actual).as(what).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
		}
	}

	/** {@code back} to {@code upTo} days before today, both included. */
	private LocalDate[] period(int back, int upTo) {
		return new LocalDate[] { today.minusDays(back), today.minusDays(upTo) };
	}

	private void inOneSnapshot(Runnable reads) {
		TransactionTemplate tx = new TransactionTemplate(transactions);
		tx.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		tx.setReadOnly(true);
		tx.executeWithoutResult(status -> reads.run());
	}

	private long markers() {
		return jdbc.sql("select count(*) from event_case_dirty where grid_code like :s").param("s", STREET + "%")
			.query(Long.class).single();
	}

	/** Runs the job until a run of it (not another node's, running meanwhile) has taken every marker there is. */
	private void refreshed() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!refresh.refresh().ran() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(markers()).isZero();
	}

	/** The job's lock held on a connection of its own: every run meanwhile finds it taken and does nothing. */
	private JobHeldOff holdOffTheJob() throws SQLException {
		Connection c = dataSource.getConnection();
		try (Statement s = c.createStatement()) {
			s.execute("select pg_advisory_lock(" + CaseFigureRefresh.LOCK + ")");
		}
		return new JobHeldOff(c);
	}

	private record JobHeldOff(Connection connection) implements AutoCloseable {

		@Override
		public void close() throws SQLException {
			try (Statement s = connection.createStatement()) {
				s.execute("select pg_advisory_unlock(" + CaseFigureRefresh.LOCK + ")");
			}
			connection.close();
		}
	}

}

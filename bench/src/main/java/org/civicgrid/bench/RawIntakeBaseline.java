package org.civicgrid.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The raw limit of intake on the same database: the rows one report commits (the case, its history entry and its
 * respond timer in db-scheduler's table) inserted by JDBC batches, {@code BATCH} reports per transaction, from
 * {@code THREADS} connections, for {@code SECONDS}. Prints reports (and rows) per second. No HTTP, no JSON, no
 * checks, no per-report commit: the ceiling the HTTP intake is measured against.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.civicgrid.bench.RawIntakeBaseline JDBC_URL USER PASSWORD [THREADS] [SECONDS] [BATCH]</pre>
 */
public final class RawIntakeBaseline {

	private static final String CASE = """
			insert into event_case (id, number, category_code, time_limit, grid_code, status, reporter_account_id,
			    reporter_username, reporter_contact, channel, description, lat, lng, address, handled_on_the_spot,
			    created_at, updated_at, version, colour)
			values (?, ?, 'E0102', '2wh', '410105560001001', 'REPORTED', null, 'gridworker1', '13800000000', 'PATROL',
			    '路口有一堆生活垃圾（基线）', 34.7466, 113.759, '如意湖路口', false, ?, ?, 1, 'GREEN')""";

	private static final String HISTORY = """
			insert into event_case_history (case_id, seq, at, actor, role, action, from_status, to_status, note, photos)
			values (?, 1, ?, 'gridworker1', 'GRID_WORKER', null, null, 'REPORTED', '路口有一堆生活垃圾（基线）', '[]'::jsonb)""";

	private static final String TIMER = """
			insert into scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version)
			values ('case-colour', ?, null, ?, false, 1)""";

	public static void main(String[] args) throws Exception {
		if (args.length < 3) {
			System.err.println("usage: RawIntakeBaseline JDBC_URL USER PASSWORD [THREADS=8] [SECONDS=20] [BATCH=50]");
			System.exit(2);
		}
		String url = args[0];
		String user = args[1];
		String password = args[2];
		int threads = args.length > 3 ? Integer.parseInt(args[3]) : 8;
		int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
		int batch = args.length > 5 ? Integer.parseInt(args[5]) : 50;
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		AtomicLong reports = new AtomicLong();
		List<Thread> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			Thread worker = new Thread(() -> {
				try (Connection c = DriverManager.getConnection(url, user, password)) {
					c.setAutoCommit(false);
					while (System.nanoTime() < end) {
						insertBatch(c, batch);
						c.commit();
						reports.addAndGet(batch);
					}
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
			});
			workers.add(worker);
			worker.start();
		}
		for (Thread worker : workers) {
			worker.join();
		}
		double perSecond = reports.get() / (double) seconds;
		System.out.printf(Locale.ROOT, "RawIntakeBaseline: %d threads, batches of %d reports per transaction, %d s: "
				+ "%d reports = %d rows%n", threads, batch, seconds, reports.get(), reports.get() * 3);
		System.out.printf(Locale.ROOT, "  %.0f reports/s (%.0f rows/s)%n", perSecond, perSecond * 3);
		System.out.printf(Locale.ROOT, "RESULT raw_per_s=%.0f%n", perSecond);
	}

	private static void insertBatch(Connection c, int batch) throws Exception {
		long[] ids = new long[batch];
		try (PreparedStatement s = c.prepareStatement("select nextval('event_case_id_seq') from generate_series(1, ?)")) {
			s.setInt(1, batch);
			try (ResultSet rs = s.executeQuery()) {
				for (int i = 0; rs.next(); i++) {
					ids[i] = rs.getLong(1);
				}
			}
		}
		Timestamp now = Timestamp.from(Instant.now());
		Timestamp due = Timestamp.from(Instant.now().plus(Duration.ofMinutes(12)));
		try (PreparedStatement cases = c.prepareStatement(CASE);
				PreparedStatement history = c.prepareStatement(HISTORY);
				PreparedStatement timers = c.prepareStatement(TIMER)) {
			for (long id : ids) {
				cases.setLong(1, id);
				cases.setString(2, "RB" + id);
				cases.setTimestamp(3, now);
				cases.setTimestamp(4, now);
				cases.addBatch();
				history.setLong(1, id);
				history.setTimestamp(2, now);
				history.addBatch();
				timers.setString(1, id + ":respond:YELLOW");
				timers.setTimestamp(2, due);
				timers.addBatch();
			}
			cases.executeBatch();
			history.executeBatch();
			timers.executeBatch();
		}
	}
}

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
 * The raw limit of intake on the same database: the rows one report commits (the case with its sealed contact and
 * lookup hash, its history entry, its respond timer in db-scheduler's table and the reporter's inbox message; the
 * table's triggers add their own) inserted by JDBC batches, {@code BATCH} reports per transaction, from
 * {@code THREADS} connections, for {@code SECONDS}. Prints reports (and rows) per second. No HTTP, no JSON, no
 * checks, no sealing, no per-report commit: the ceiling the HTTP intake is measured against.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.civicgrid.bench.RawIntakeBaseline JDBC_URL USER PASSWORD [THREADS] [SECONDS] [BATCH]</pre>
 */
public final class RawIntakeBaseline {

	private static final String CASE = """
			insert into event_case (id, number, category_code, time_limit, grid_code, status, reporter_account_id,
			    reporter_username, reporter_contact_sealed, reporter_contact_hash, channel, description, lat, lng, address,
			    handled_on_the_spot, created_at, updated_at, version, colour)
			values (?, ?, 'E0102', '2wh', ?, 'REPORTED', null, 'dispatcher', ?, ?, 'HOTLINE',
			    '路口有一堆生活垃圾（基线）', 34.7466, 113.759, '如意湖路口', false, ?, ?, 1, 'GREEN')""";

	private static final String HISTORY = """
			insert into event_case_history (case_id, seq, at, actor, role, action, from_status, to_status, note, photos)
			values (?, 1, ?, 'gridworker1', 'GRID_WORKER', null, null, 'REPORTED', '路口有一堆生活垃圾（基线）', '[]'::jsonb)""";

	private static final String TIMER = """
			insert into scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version)
			values ('case-colour', ?, null, ?, false, 1)""";

	private static final String MESSAGE = """
			insert into inbox_message (account_id, case_id, case_number, region_code, message_key, args, dedupe_key,
			    created_at)
			values (1, ?, ?, ?, 'inbox.case.reported', cast(? as jsonb), ?, ?)
			on conflict (account_id, dedupe_key) do nothing""";

	/** Sealed contacts are about this long (header, nonce, "13800000000", tag); their content is not read here. */
	private static final byte[] SEALED = new byte[50];

	private static final String HASH = "0".repeat(64);

	/** Rows written per report, besides the triggers' own. */
	private static final int ROWS = 4;

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
				+ "%d reports = %d rows%n", threads, batch, seconds, reports.get(), reports.get() * ROWS);
		System.out.printf(Locale.ROOT, "  %.0f reports/s (%.0f rows/s)%n", perSecond, perSecond * ROWS);
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
				PreparedStatement timers = c.prepareStatement(TIMER);
				PreparedStatement messages = c.prepareStatement(MESSAGE)) {
			for (long id : ids) {
				// round the street's grids, as the intake driver does
				String grid = "410105560%03d%03d".formatted(1 + id % 8, 1 + id / 8 % 7);
				cases.setLong(1, id);
				cases.setString(2, "RB" + id);
				cases.setString(3, grid);
				cases.setBytes(4, SEALED);
				cases.setString(5, HASH);
				cases.setTimestamp(6, now);
				cases.setTimestamp(7, now);
				cases.addBatch();
				messages.setLong(1, id);
				messages.setString(2, "RB" + id);
				messages.setString(3, grid);
				messages.setString(4, "[\"RB" + id + "\"]");
				messages.setString(5, id + ":reported:" + now.getTime());
				messages.setTimestamp(6, now);
				messages.addBatch();
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
			messages.executeBatch();
		}
	}
}

package org.civicgrid.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The raw limit of booking on the same database: the row one booking commits ({@code service_booking}, with its
 * unique indexes and foreign keys) inserted by plain JDBC statements from {@code THREADS} connections for
 * {@code SECONDS}, {@code BATCH} rows per transaction (1: a commit per booking, as the app does). No HTTP, no
 * JSON, no checks of hours, items, no-shows or free places: the ceiling the HTTP booking is measured against. The
 * rows go to a hall of their own with one counter of 100 places, round its places, half-hour slots and days.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.civicgrid.bench.RawBookingBaseline JDBC_URL [THREADS=8] [SECONDS=20] [BATCH=1]</pre>
 */
public final class RawBookingBaseline {

	private static final String BOOKING = """
			insert into service_booking (hall_code, counter_no, item_code, day, start_time, place_no, account_id,
			    username, display_name, region_code, address, booked_at)
			values (?, 1, 'ZM007', ?, ?, ?, ?, 'raw-resident', '压测居民', '410105560001', '', ?)""";

	public static void main(String[] args) throws Exception {
		if (args.length < 1) {
			System.err.println("usage: RawBookingBaseline JDBC_URL [THREADS=8] [SECONDS=20] [BATCH=1]");
			System.exit(2);
		}
		String url = args[0];
		int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
		int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
		int batch = args.length > 3 ? Integer.parseInt(args[3]) : 1;
		String hall = "HRAW" + System.currentTimeMillis() % 100000;
		try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
			s.execute("insert into service_hall (code, name, level, region_code) values ('" + hall
					+ "', '基线大厅', 'COMMUNITY_HALL', '410105560001')");
			s.execute("insert into service_counter (hall_code, number, name, items, capacity) values ('" + hall
					+ "', 1, '基线窗口', array['ZM007'], 100)");
		}
		LocalDate tomorrow = LocalDate.now().plusDays(1);
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		AtomicLong place = new AtomicLong();
		AtomicLong rows = new AtomicLong();
		List<Thread> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			Thread worker = new Thread(() -> {
				try (Connection c = DriverManager.getConnection(url, "postgres", "");
						PreparedStatement insert = c.prepareStatement(BOOKING)) {
					c.setAutoCommit(batch == 1);
					while (System.nanoTime() < end) {
						for (int i = 0; i < batch; i++) {
							long p = place.incrementAndGet();
							long slot = p / 100;
							insert.setString(1, hall);
							insert.setDate(2, Date.valueOf(tomorrow.plusDays(slot / 48)));
							insert.setTime(3, Time.valueOf(LocalTime.MIDNIGHT.plusMinutes(30 * (slot % 48))));
							insert.setInt(4, (int) (p % 100) + 1);
							// an account of its own per row: the one-item-a-day index admits it
							insert.setLong(5, 1_000_000_000L + p);
							insert.setTimestamp(6, Timestamp.from(Instant.now()));
							if (batch == 1) {
								insert.executeUpdate();
							}
							else {
								insert.addBatch();
							}
						}
						if (batch > 1) {
							insert.executeBatch();
							c.commit();
						}
						rows.addAndGet(batch);
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
		double perSecond = rows.get() / (double) seconds;
		System.out.printf(Locale.ROOT, "RawBookingBaseline: %d threads, %d rows per transaction, %d s: %d bookings at "
				+ "%s%n", threads, batch, seconds, rows.get(), hall);
		System.out.printf(Locale.ROOT, "RESULT raw_per_s=%.0f%n", perSecond);
	}

	private RawBookingBaseline() {
	}
}

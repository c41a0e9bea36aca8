package org.civicgrid.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The raw limit of posting in the same database: the statements a post is made of, sent by plain JDBC with nothing
 * else — take the channel's next sequence number, insert the post, move the author's cursor, notify the nodes — one
 * commit each, threads spread over the courtyard channels as the HTTP driver's authors are.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.civicgrid.bench.RawPostBaseline JDBC_URL [THREADS] [SECONDS]</pre>
 */
public final class RawPostBaseline {

	public static void main(String[] args) throws Exception {
		String jdbc = args[0];
		int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
		int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
		List<Long> courtyards = new ArrayList<>();
		try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select id from msg_channel where level = 3 order by id")) {
			while (rs.next()) {
				courtyards.add(rs.getLong(1));
			}
		}
		AtomicLong rows = new AtomicLong();
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Thread> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int thread = t;
			Thread worker = new Thread(() -> {
				try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
						PreparedStatement seq = c.prepareStatement(
								"update msg_channel set last_seq = last_seq + 1 where id = ? returning last_seq");
						PreparedStatement insert = c.prepareStatement("""
								insert into msg_post (channel_id, seq, kind, author_id, author_name, author_staff, body,
								    created_at) values (?, ?, 'GOOD_NEWS', ?, '压测居民', false, ?, ?) returning id""");
						PreparedStatement cursor = c.prepareStatement("""
								insert into msg_cursor (account_id, channel_id, read_seq) values (?, ?, ?)
								on conflict (account_id, channel_id) do update set read_seq = excluded.read_seq""");
						PreparedStatement notify = c.prepareStatement("select pg_notify('civicgrid_messaging_raw', ?)")) {
					c.setAutoCommit(false);
					long n = thread;
					while (System.nanoTime() < end) {
						long channel = courtyards.get((int) (n % courtyards.size()));
						long author = 3_000_000_000L + n % 300;
						seq.setLong(1, channel);
						long at;
						try (ResultSet rs = seq.executeQuery()) {
							rs.next();
							at = rs.getLong(1);
						}
						insert.setLong(1, channel);
						insert.setLong(2, at);
						insert.setLong(3, author);
						insert.setString(4, "楼院新装了电动车充电桩，再也不用把电瓶拎上楼了，谢谢社区和物业！");
						insert.setTimestamp(5, Timestamp.from(Instant.now()));
						insert.executeQuery().close();
						cursor.setLong(1, author);
						cursor.setLong(2, channel);
						cursor.setLong(3, at);
						cursor.executeUpdate();
						notify.setString(1, channel + ":" + at);
						notify.executeQuery().close();
						c.commit();
						rows.incrementAndGet();
						n += threads;
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
		System.out.printf(Locale.ROOT, "RawPostBaseline: %d threads, %d s, one commit a post: %d posts%n", threads,
				seconds, rows.get());
		System.out.printf(Locale.ROOT, "RESULT raw_per_s=%.0f%n", rows.get() / (double) seconds);
	}

	private RawPostBaseline() {
	}
}

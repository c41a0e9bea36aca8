package org.civicgrid.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A notice to a channel of {@code members} confirmed members (the demo's first community channel, members written by
 * JDBC, each with a cursor at the channel's last post, so each has read everything) beside the same notice to a
 * courtyard channel of a hundredth of them: community1 POSTs it over HTTP; then one statement counts the members
 * for whom it is unread. Measured per notice: the answer (committed), the time until every member counts it unread,
 * and the rows the notice wrote in the messaging tables (posts, cursors, receipts, members), which must not grow with
 * the members. Rounds alternate the two channels; medians are quoted.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.civicgrid.bench.NoticeReach BASE_URL JDBC_URL [--members 12000]
 *     [--rounds 20]</pre>
 */
public final class NoticeReach {

	private static final String COUNTED = """
			select count(*) filter (where c.last_seq - coalesce(k.read_seq, 0) > 0), count(*) from msg_member m
			join msg_channel c on c.id = m.channel_id
			left join msg_cursor k on k.account_id = m.account_id and k.channel_id = m.channel_id
			where m.channel_id = ? and m.state = 'ACTIVE'""";

	private static final String ROWS = """
			select (select count(*) from msg_post) + (select count(*) from msg_cursor) + (select count(*) from msg_receipt)
			    + (select count(*) from msg_member)""";

	public static void main(String[] args) throws Exception {
		URI base = URI.create(args[0]);
		String jdbc = args[1];
		Options o = new Options(args, 2);
		int members = o.integer("members", 12000);
		int rounds = o.integer("rounds", 20);
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		String token = new DemoGrids(base).token("community1", "civicgrid-demo");
		try (Connection c = DriverManager.getConnection(jdbc, "postgres", "")) {
			long big = id(c, "select id from msg_channel where region_code = '410105560001'");
			long small = id(c, "select id from msg_channel where level = 3 and region_code like '410105560001%' "
					+ "order by id limit 1");
			join(c, big, members, 2_000_000_000L);
			join(c, small, Math.max(1, members / 100), 2_100_000_000L);
			System.out.printf(Locale.ROOT, "NoticeReach: %s, a notice to %d members (channel %d) beside %d (channel %d), "
					+ "%d rounds%n", base, members, big, Math.max(1, members / 100), small, rounds);
			List<double[]> bigRuns = new ArrayList<>();
			List<double[]> smallRuns = new ArrayList<>();
			for (int r = 0; r < rounds * 2; r++) {
				long channel = r % 2 == 0 ? big : small;
				(r % 2 == 0 ? bigRuns : smallRuns).add(notice(http, base, token, c, channel, r));
			}
			report("members=" + members, bigRuns);
			report("members=" + Math.max(1, members / 100), smallRuns);
		}
	}

	/** One notice: {answer ms, counted ms, rows written, members counted unread, members}. */
	private static double[] notice(HttpClient http, URI base, String token, Connection c, long channel, int round)
			throws Exception {
		try (PreparedStatement read = c.prepareStatement("""
				update msg_cursor k set read_seq = ch.last_seq from msg_channel ch
				where ch.id = k.channel_id and k.channel_id = ?""")) {
			read.setLong(1, channel);
			read.executeUpdate();
		}
		long rowsBefore = id(c, ROWS);
		String body = "{\"kind\":\"notice\",\"title\":\"停水通知\",\"body\":\"因管网维修，周六 8:00—14:00 停水，请提前储水。第"
				+ round + "次\",\"confirmRead\":" + (round % 4 < 2) + "}";
		long start = System.nanoTime();
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/messaging/channels/"
				+ channel + "/posts")).header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		long answered = System.nanoTime();
		if (answer.statusCode() != 201) {
			throw new IllegalStateException("notice: " + answer.statusCode() + " " + answer.body());
		}
		long unread;
		long all;
		try (PreparedStatement count = c.prepareStatement(COUNTED)) {
			count.setLong(1, channel);
			try (ResultSet rs = count.executeQuery()) {
				rs.next();
				unread = rs.getLong(1);
				all = rs.getLong(2);
			}
		}
		long counted = System.nanoTime();
		if (unread != all) {
			throw new IllegalStateException("only " + unread + " of " + all + " members count the notice unread");
		}
		return new double[] { (answered - start) / 1e6, (counted - start) / 1e6, id(c, ROWS) - rowsBefore, unread, all };
	}

	private static void report(String label, List<double[]> runs) {
		double[] answer = runs.stream().mapToDouble(r -> r[0]).sorted().toArray();
		double[] counted = runs.stream().mapToDouble(r -> r[1]).sorted().toArray();
		double[] rows = runs.stream().mapToDouble(r -> r[2]).sorted().toArray();
		System.out.printf(Locale.ROOT, "RESULT %s answer_p50_ms=%.1f counted_p50_ms=%.1f counted_max_ms=%.1f "
				+ "rows_per_notice=%.0f..%.0f unread=%.0f/%.0f%n", label, answer[answer.length / 2],
				counted[counted.length / 2], counted[counted.length - 1], rows[0], rows[rows.length - 1],
				runs.get(0)[3], runs.get(0)[4]);
		System.out.println("  counted ms: " + Arrays.toString(Arrays.stream(counted).map(x -> Math.round(x)).toArray()));
	}

	/** {@code count} members of the channel with accounts from {@code first}, each having read it to its last post. */
	private static void join(Connection c, long channel, int count, long first) throws SQLException {
		try (PreparedStatement join = c.prepareStatement("""
				insert into msg_member (channel_id, account_id, username, display_name, state, asked_at, decided_at, decided_by)
				select ?, ? + i, 'bench-' || (? + i), '压测居民', 'ACTIVE', now(), now(), 'bench'
				from generate_series(0, ? - 1) i on conflict do nothing""");
				PreparedStatement cursors = c.prepareStatement("""
						insert into msg_cursor (account_id, channel_id, read_seq)
						select ? + i, ch.id, ch.last_seq from msg_channel ch, generate_series(0, ? - 1) i where ch.id = ?
						on conflict do nothing""")) {
			join.setLong(1, channel);
			join.setLong(2, first);
			join.setLong(3, first);
			join.setInt(4, count);
			join.executeUpdate();
			cursors.setLong(1, first);
			cursors.setInt(2, count);
			cursors.setLong(3, channel);
			cursors.executeUpdate();
		}
	}

	private static long id(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private NoticeReach() {
	}
}

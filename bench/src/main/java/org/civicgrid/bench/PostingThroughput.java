package org.civicgrid.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sustained posting over HTTP across many channels: {@code accounts} resident accounts opened through the admin API
 * and signed in, each made a confirmed member of one of the demo street's courtyard channels (by JDBC, as a
 * confirmation writes it), then N clients POST {@code /api/v1/messaging/channels/{id}/posts} (good news, 40
 * characters) as fast as the answers come: request {@code n} by account {@code n % accounts} into its channel.
 * Every answer must be a 201 with the post; the app is started with the flood limit raised out of the way.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.civicgrid.bench.PostingThroughput BASE_URL JDBC_URL
 *     [--clients 8] [--seconds 60] [--warmup 20] [--accounts 300]</pre>
 */
public final class PostingThroughput {

	public static void main(String[] args) throws Exception {
		URI base = URI.create(args[0]);
		String jdbc = args[1];
		Options o = new Options(args, 2);
		int clients = o.integer("clients", 8);
		int seconds = o.integer("seconds", 60);
		int warmup = o.integer("warmup", 20);
		int accounts = o.integer("accounts", 300);
		String prefix = "pt-" + System.currentTimeMillis() % 100000;
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		DemoGrids demo = new DemoGrids(base);
		String admin = demo.token("admin", "civicgrid-demo");
		long setupStart = System.nanoTime();
		List<String> tokens = BookingSetup.residents(http, base, demo, admin, accounts, prefix);
		List<Long> channelOf = new ArrayList<>();
		try (Connection c = DriverManager.getConnection(jdbc, "postgres", "")) {
			List<Long> courtyards = new ArrayList<>();
			try (Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("select id from msg_channel where level = 3 order by id")) {
				while (rs.next()) {
					courtyards.add(rs.getLong(1));
				}
			}
			try (PreparedStatement join = c.prepareStatement("""
					insert into msg_member (channel_id, account_id, username, display_name, state, asked_at, decided_at,
					    decided_by)
					select ?, id, username, display_name, 'ACTIVE', now(), now(), 'bench' from account where username = ?""")) {
				for (int i = 0; i < accounts; i++) {
					long channel = courtyards.get(i % courtyards.size());
					channelOf.add(channel);
					join.setLong(1, channel);
					join.setString(2, prefix + "-" + i);
					join.addBatch();
				}
				join.executeBatch();
			}
			System.out.printf(Locale.ROOT, "  %d resident accounts opened, signed in and confirmed in %d courtyard "
					+ "channels in %.0f s%n", accounts, courtyards.size(), (System.nanoTime() - setupStart) / 1e9);
		}
		System.out.printf(Locale.ROOT, "PostingThroughput: %s, %d clients, %d s after %d s warm-up, %d authors%n", base,
				clients, seconds, warmup, accounts);
		String host = base.getHost() + ":" + base.getPort();
		byte[] body = "{\"kind\":\"good-news\",\"body\":\"楼院新装了电动车充电桩，再也不用把电瓶拎上楼了，谢谢社区和物业！\"}"
			.getBytes(StandardCharsets.UTF_8);
		LoadDriver driver = new LoadDriver(base, 201, n -> {
			int a = (int) (n % accounts);
			return LoadDriver.request("POST", "/api/v1/messaging/channels/" + channelOf.get(a) + "/posts", host,
					"application/json", body, "Authorization: Bearer " + tokens.get(a));
		});
		LoadDriver.Run run = driver.run(clients, warmup, seconds);
		System.out.println("  " + run.summary());
		System.out.printf(Locale.ROOT, "RESULT posts_per_s=%.0f p50_ms=%.1f p99_ms=%.1f errors=%d%n", run.perSecond(),
				run.percentileMs(0.50), run.percentileMs(0.99), run.failed());
	}

	private PostingThroughput() {
	}
}

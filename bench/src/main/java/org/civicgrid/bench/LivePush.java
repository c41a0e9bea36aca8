package org.civicgrid.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Live push to many open streams: {@code clients} connections to {@code GET /api/v1/messaging/live} (Server-Sent
 * Events), spread over {@code accounts} resident accounts confirmed in one courtyard channel, on one node or split
 * between two nodes sharing one PostgreSQL. All are read by one NIO selector thread. Then community1 posts
 * {@code posts} notices into the channel, one every {@code gap} ms, each carrying a number; the time from sending
 * the post to its arrival on each stream is measured, per node. Also reported: each node's resident memory, heap
 * after a full GC (jcmd) and CPU before and after the streams were opened, per connection.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.civicgrid.bench.LivePush BASE_URL JDBC_URL [--base2 URL]
 *     [--pid PID] [--pid2 PID] [--clients 2000] [--accounts 100] [--posts 20] [--gap 1000]</pre>
 */
public final class LivePush {

	private static final Pattern MARK = Pattern.compile("#K(\\d+)#");

	/** One open stream: its node and the numbers it received. */
	private static final class Stream {
		final int node;
		final boolean[] seen;
		final StringBuilder tail = new StringBuilder();
		boolean opened;

		Stream(int node, int posts) {
			this.node = node;
			this.seen = new boolean[posts];
		}
	}

	public static void main(String[] args) throws Exception {
		URI base = URI.create(args[0]);
		String jdbc = args[1];
		Options o = new Options(args, 2);
		String second = o.get("base2", null);
		URI base2 = second == null ? null : URI.create(second);
		long pid = o.integer("pid", 0);
		long pid2 = o.integer("pid2", 0);
		int clients = o.integer("clients", 2000);
		int accounts = o.integer("accounts", 100);
		int posts = o.integer("posts", 20);
		int gap = o.integer("gap", 1000);
		String prefix = "lp-" + System.currentTimeMillis() % 100000;
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		DemoGrids demo = new DemoGrids(base);
		List<String> tokens = BookingSetup.residents(http, base, demo, demo.token("admin", "civicgrid-demo"), accounts,
				prefix);
		long channel;
		try (Connection c = DriverManager.getConnection(jdbc, "postgres", "")) {
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
					select id from msg_channel where level = 3 and region_code like '410105560001%' order by id limit 1""")) {
				rs.next();
				channel = rs.getLong(1);
			}
			try (PreparedStatement join = c.prepareStatement("""
					insert into msg_member (channel_id, account_id, username, display_name, state, asked_at, decided_at,
					    decided_by)
					select ?, id, username, display_name, 'ACTIVE', now(), now(), 'bench' from account where username like ?""")) {
				join.setLong(1, channel);
				join.setString(2, prefix + "-%");
				join.executeUpdate();
			}
		}
		Usage before1 = Usage.of(pid);
		Usage before2 = Usage.of(pid2);
		Selector selector = Selector.open();
		List<Stream> streams = new ArrayList<>();
		ConcurrentLinkedQueue<long[]> arrivals = new ConcurrentLinkedQueue<>();
		long[] sent = new long[posts];
		AtomicInteger opened = new AtomicInteger();
		long openStart = System.nanoTime();
		for (int i = 0; i < clients; i++) {
			int node = base2 != null && i % 2 == 1 ? 2 : 1;
			URI at = node == 2 ? base2 : base;
			SocketChannel socket = SocketChannel.open(new InetSocketAddress(at.getHost(), at.getPort()));
			String request = "GET /api/v1/messaging/live HTTP/1.1\r\nHost: " + at.getHost() + ":" + at.getPort()
					+ "\r\nAccept: text/event-stream\r\nAuthorization: Bearer " + tokens.get(i % accounts) + "\r\n\r\n";
			socket.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
			socket.configureBlocking(false);
			Stream stream = new Stream(node, posts);
			streams.add(stream);
			socket.register(selector, SelectionKey.OP_READ, stream);
			if (i % 100 == 99) {
				drain(selector, sent, arrivals, opened, 50);
			}
		}
		Thread reader = new Thread(() -> {
			try {
				while (!Thread.currentThread().isInterrupted()) {
					drain(selector, sent, arrivals, opened, 200);
				}
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}, "live-push-reader");
		reader.setDaemon(true);
		reader.start();
		long deadline = System.nanoTime() + 300_000_000_000L;
		// until all are open, or none opened for 10 s (a stream that never opens counts as missing every post)
		int last = -1;
		long quietSince = System.nanoTime();
		while (opened.get() < clients && System.nanoTime() < deadline
				&& System.nanoTime() - quietSince < 10_000_000_000L) {
			Thread.sleep(100);
			if (opened.get() != last) {
				last = opened.get();
				quietSince = System.nanoTime();
			}
		}
		System.out.printf(Locale.ROOT, "LivePush: %d streams open (%d asked) on %d node(s) in %.1f s, channel %d, %d "
				+ "accounts%n", opened.get(), clients, base2 == null ? 1 : 2, (System.nanoTime() - openStart) / 1e9, channel,
				accounts);
		Thread.sleep(5000);
		Usage after1 = Usage.of(pid);
		Usage after2 = Usage.of(pid2);
		String poster = demo.token("community1", "civicgrid-demo");
		Arrays.fill(sent, Long.MAX_VALUE);
		for (int k = 0; k < posts; k++) {
			String body = "{\"kind\":\"notice\",\"body\":\"直播推送测试 #K" + k + "#\"}";
			sent[k] = System.nanoTime();
			HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/messaging/channels/" + channel
					+ "/posts")).header("Content-Type", "application/json").header("Authorization", "Bearer " + poster)
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
			if (r.statusCode() != 201) {
				throw new IllegalStateException("post " + k + ": " + r.statusCode() + " " + r.body());
			}
			Thread.sleep(gap);
		}
		Thread.sleep(5000);
		reader.interrupt();
		for (int node = 1; node <= (base2 == null ? 1 : 2); node++) {
			int n = node;
			long[] ns = arrivals.stream().filter(a -> a[0] == n).mapToLong(a -> a[1]).sorted().toArray();
			long streamsOnNode = streams.stream().filter(s -> s.node == n).count();
			long expected = streamsOnNode * posts;
			Usage b = n == 1 ? before1 : before2;
			Usage a = n == 1 ? after1 : after2;
			System.out.printf(Locale.ROOT, "RESULT node=%d streams=%d deliveries=%d missing=%d p50_ms=%.1f p99_ms=%.1f "
					+ "max_ms=%.1f rss_kb_per_stream=%.1f heap_kb_per_stream=%.1f cpu_ticks_opening=%d%n", n,
					streamsOnNode, ns.length, expected - ns.length, pct(ns, 0.5), pct(ns, 0.99), pct(ns, 1.0),
					b.rssKb < 0 ? -1.0 : (a.rssKb - b.rssKb) / (double) streamsOnNode,
					b.heapKb < 0 ? -1.0 : (a.heapKb - b.heapKb) / (double) streamsOnNode, a.cpuTicks - b.cpuTicks);
		}
		System.exit(0);
	}

	private static void drain(Selector selector, long[] sent, ConcurrentLinkedQueue<long[]> arrivals,
			AtomicInteger opened, long timeoutMs) throws IOException {
		if (selector.select(timeoutMs) == 0) {
			return;
		}
		ByteBuffer buffer = ByteBuffer.allocate(16384);
		var keys = selector.selectedKeys().iterator();
		while (keys.hasNext()) {
			SelectionKey key = keys.next();
			keys.remove();
			Stream stream = (Stream) key.attachment();
			buffer.clear();
			int read = ((SocketChannel) key.channel()).read(buffer);
			long now = System.nanoTime();
			if (read < 0) {
				key.cancel();
				continue;
			}
			stream.tail.append(new String(buffer.array(), 0, read, StandardCharsets.ISO_8859_1));
			if (!stream.opened && stream.tail.indexOf(":open") >= 0) {
				stream.opened = true;
				opened.incrementAndGet();
			}
			Matcher m = MARK.matcher(stream.tail);
			while (m.find()) {
				int k = Integer.parseInt(m.group(1));
				if (k < stream.seen.length && !stream.seen[k] && sent[k] != Long.MAX_VALUE) {
					stream.seen[k] = true;
					arrivals.add(new long[] { stream.node, now - sent[k] });
				}
			}
			if (stream.tail.length() > 64) {
				stream.tail.delete(0, stream.tail.length() - 64);
			}
		}
	}

	private static double pct(long[] ns, double q) {
		if (ns.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(q * ns.length);
		return ns[Math.max(0, Math.min(ns.length - 1, rank - 1))] / 1e6;
	}

	/** A node's resident memory, heap used after a full GC (jcmd) and CPU so far; -1 where unknown. */
	private record Usage(long rssKb, long heapKb, long cpuTicks) {

		static Usage of(long pid) {
			if (pid <= 0) {
				return new Usage(-1, -1, 0);
			}
			try {
				long rss = -1;
				for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
					if (line.startsWith("VmRSS:")) {
						rss = Long.parseLong(line.replaceAll("\\D+", ""));
					}
				}
				String[] stat = Files.readString(Path.of("/proc/" + pid + "/stat")).split(" ");
				long cpu = Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
				run("jcmd", String.valueOf(pid), "GC.run");
				Matcher used = Pattern.compile("used (\\d+)K").matcher(run("jcmd", String.valueOf(pid), "GC.heap_info"));
				return new Usage(rss, used.find() ? Long.parseLong(used.group(1)) : -1, cpu);
			}
			catch (IOException | InterruptedException e) {
				return new Usage(-1, -1, 0);
			}
		}

		private static String run(String... command) throws IOException, InterruptedException {
			Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
			String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			p.waitFor();
			return out;
		}
	}

	private LivePush() {
	}
}

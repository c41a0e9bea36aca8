package org.civicgrid.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Booking under contention over HTTP: a hall of the bench's own with one counter of {@code places} places (written
 * into the app's database by JDBC, as the app has no hall editor yet), {@code bookers} resident accounts opened
 * through the admin API and signed in beforehand, then all of them POST {@code /api/v1/services/bookings} for the
 * same slot at once. Counts the answers by status: the database must confirm exactly {@code places}.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.civicgrid.bench.BookingContention BASE_URL JDBC_URL
 *     [--bookers 500] [--places 20]</pre>
 */
public final class BookingContention {

	public static void main(String[] args) throws Exception {
		URI base = URI.create(args[0]);
		String jdbc = args[1];
		Options o = new Options(args, 2);
		int bookers = o.integer("bookers", 500);
		int places = o.integer("places", 20);
		String hall = "HBENCH" + System.currentTimeMillis() % 100000;
		try (Connection c = DriverManager.getConnection(jdbc, "postgres", ""); Statement s = c.createStatement()) {
			BookingSetup.hall(s, hall, "压测大厅", List.of("ZM007"), places);
		}
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		DemoGrids demo = new DemoGrids(base);
		String admin = demo.token("admin", "civicgrid-demo");
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(bookers, 500));
		List<String> signedIn = BookingSetup.residents(http, base, demo, admin, bookers,
				"bench-" + System.currentTimeMillis() % 1_000_000);
		String[] slot = firstSlot(http, base, hall);
		String body = "{\"hall\":\"" + hall + "\",\"item\":\"ZM007\",\"date\":\"" + slot[0] + "\",\"start\":\""
				+ slot[1] + "\"}";
		System.out.printf(Locale.ROOT, "BookingContention: %s, %d bookers on %d places of %s %s at %s%n", base,
				bookers, places, slot[0], slot[1], hall);
		CountDownLatch go = new CountDownLatch(1);
		Map<Integer, Integer> byStatus = new ConcurrentHashMap<>();
		ConcurrentHashMap<String, Integer> refusalTypes = new ConcurrentHashMap<>();
		List<Future<Long>> answers = new ArrayList<>();
		for (String token : signedIn) {
			answers.add(pool.submit(() -> {
				go.await();
				long t0 = System.nanoTime();
				HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/services/bookings"))
					.header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
					.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
				byStatus.merge(r.statusCode(), 1, Integer::sum);
				if (r.statusCode() == 409) {
					Matcher m = Pattern.compile("\"field\":\"([a-z]+)\"").matcher(r.body());
					refusalTypes.merge(m.find() ? m.group(1) : "?", 1, Integer::sum);
				}
				return System.nanoTime() - t0;
			}));
		}
		long start = System.nanoTime();
		go.countDown();
		List<Long> times = new ArrayList<>();
		for (Future<Long> f : answers) {
			times.add(f.get());
		}
		double wallMs = (System.nanoTime() - start) / 1e6;
		pool.shutdown();
		times.sort(null);
		int confirmed = byStatus.getOrDefault(201, 0);
		int refused = byStatus.getOrDefault(409, 0);
		int other = bookers - confirmed - refused;
		System.out.println("  by status " + new TreeMap<>(byStatus) + ", 409 naming " + new TreeMap<>(refusalTypes));
		System.out.printf(Locale.ROOT,
				"RESULT confirmed=%d refused_409=%d other=%d wall_ms=%.0f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f%n",
				confirmed, refused, other, wallMs, times.get(times.size() / 2) / 1e6,
				times.get((int) (times.size() * 0.99) - 1) / 1e6, times.get(times.size() - 1) / 1e6);
		if (confirmed != places || other != 0) {
			System.exit(1);
		}
	}

	/** The first open day from tomorrow on and its first slot. */
	private static String[] firstSlot(HttpClient http, URI base, String hall) throws Exception {
		for (int d = 1; d <= 10; d++) {
			String date = LocalDate.now().plusDays(d).toString();
			String body = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/services/halls/" + hall
					+ "/slots?item=ZM007&date=" + date)).build(), HttpResponse.BodyHandlers.ofString()).body();
			Matcher m = Pattern.compile("\"start\":\"([0-9:]+)\"").matcher(body);
			if (body.contains("\"OPEN\"") && m.find()) {
				return new String[] { date, m.group(1).substring(0, 5) };
			}
		}
		throw new IllegalStateException("no open day for " + hall);
	}

	private BookingContention() {
	}
}

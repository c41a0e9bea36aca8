package org.civicgrid.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sustained booking over HTTP on spread slots: {@code halls} halls of the bench's own (written by JDBC into the
 * app's database, as {@link BookingContention} does), each with one counter of {@code capacity} places serving ten
 * bookable items of the published catalog, open 08:00 to 18:00 every day; {@code accounts} resident accounts opened
 * through the admin API and signed in beforehand. Then N clients POST {@code /api/v1/services/bookings} as fast as
 * the answers come, for the given time after a warm-up. Request {@code n} goes to account {@code n % accounts}, for
 * an item and day that account does not hold yet (one booking of an item a day each), at hall {@code n % halls} and
 * slot {@code n / halls % slots}: no slot ever fills, so every answer must be a 201 with the booking; anything else
 * counts as an error.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.civicgrid.bench.BookingThroughput BASE_URL JDBC_URL
 *     [--clients 4] [--seconds 60] [--warmup 30] [--accounts 1000] [--halls 10] [--capacity 60]</pre>
 */
public final class BookingThroughput {

	private static final int ITEMS = 10;

	public static void main(String[] args) throws Exception {
		URI base = URI.create(args[0]);
		String jdbc = args[1];
		Options o = new Options(args, 2);
		int clients = o.integer("clients", 4);
		int seconds = o.integer("seconds", 60);
		int warmup = o.integer("warmup", 30);
		int accounts = o.integer("accounts", 1000);
		int hallCount = o.integer("halls", 10);
		int capacity = o.integer("capacity", 60);
		long stamp = System.currentTimeMillis() % 100000;
		List<String> halls = new ArrayList<>();
		List<String> items = new ArrayList<>();
		try (Connection c = DriverManager.getConnection(jdbc, "postgres", ""); Statement s = c.createStatement()) {
			try (ResultSet rs = s.executeQuery("""
					select i.code from service_item i join service_item_version v
					    on v.code = i.code and v.version = i.published_version
					where (v.content ->> 'bookable')::boolean order by i.code limit""" + " " + ITEMS)) {
				while (rs.next()) {
					items.add(rs.getString(1));
				}
			}
			if (items.size() < ITEMS) {
				throw new IllegalStateException("the catalog publishes only " + items.size() + " bookable items");
			}
			for (int h = 0; h < hallCount; h++) {
				halls.add("HTP" + stamp + "_" + h);
				BookingSetup.hall(s, halls.get(h), "压测大厅" + h, items, capacity);
			}
		}
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		DemoGrids demo = new DemoGrids(base);
		String admin = demo.token("admin", "civicgrid-demo");
		long setupStart = System.nanoTime();
		List<String> tokens = BookingSetup.residents(http, base, demo, admin, accounts, "tp-" + stamp);
		System.out.printf(Locale.ROOT, "  %d resident accounts opened and signed in in %.0f s%n", accounts,
				(System.nanoTime() - setupStart) / 1e9);
		List<String> days = new ArrayList<>();
		List<String> starts = openDays(http, base, halls.get(0), items.get(0), days);
		long perDay = (long) accounts * ITEMS;
		long places = (long) days.size() * accounts * ITEMS;
		System.out.printf(Locale.ROOT, "BookingThroughput: %s, %d clients, %d s after %d s warm-up; %d halls x %d "
				+ "slots x %d open days x %d places; %d accounts x %d items = %d bookings possible%n", base, clients,
				seconds, warmup, hallCount, starts.size(), days.size(), capacity, accounts, ITEMS, places);
		if ((long) hallCount * starts.size() * capacity < perDay) {
			throw new IllegalStateException("a day's bookings (" + perDay + ") would fill its places: more halls or "
					+ "capacity");
		}
		String host = base.getHost() + ":" + base.getPort();
		LoadDriver driver = new LoadDriver(base, 201, n -> {
			long k = n / accounts;
			if (k >= (long) ITEMS * days.size()) {
				throw new IllegalStateException("every account holds every item on every open day: more accounts");
			}
			String body = "{\"hall\":\"" + halls.get((int) (n % hallCount)) + "\",\"item\":\""
					+ items.get((int) (k % ITEMS)) + "\",\"date\":\"" + days.get((int) (k / ITEMS)) + "\",\"start\":\""
					+ starts.get((int) (n / hallCount % starts.size())) + "\"}";
			return LoadDriver.request("POST", "/api/v1/services/bookings", host, "application/json",
					body.getBytes(StandardCharsets.UTF_8), "Authorization: Bearer " + tokens.get((int) (n % accounts)));
		});
		LoadDriver.Run run = driver.run(clients, warmup, seconds);
		System.out.println("  " + run.summary());
		System.out.printf(Locale.ROOT, "RESULT bookings_per_s=%.0f p50_ms=%.1f p99_ms=%.1f errors=%d%n",
				run.perSecond(), run.percentileMs(0.50), run.percentileMs(0.99), run.failed());
	}

	/** Fills {@code days} with the hall's open days from tomorrow on that residents may book; the slots of the first. */
	private static List<String> openDays(HttpClient http, URI base, String hall, String item, List<String> days)
			throws Exception {
		List<String> starts = new ArrayList<>();
		Pattern start = Pattern.compile("\"start\":\"([0-9:]+)\"");
		for (int d = 1; d <= 14; d++) {
			String date = LocalDate.now().plusDays(d).toString();
			String body = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/services/halls/" + hall + "/slots?item="
					+ item + "&date=" + date)).build(), HttpResponse.BodyHandlers.ofString()).body();
			if (!body.contains("\"OPEN\"")) {
				continue;
			}
			days.add(date);
			if (starts.isEmpty()) {
				Matcher m = start.matcher(body);
				while (m.find()) {
					starts.add(m.group(1).substring(0, 5));
				}
			}
		}
		if (days.isEmpty() || starts.isEmpty()) {
			throw new IllegalStateException("no open day for " + hall);
		}
		return starts;
	}

	private BookingThroughput() {
	}
}

package org.civicgrid.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the booking drivers set up before they measure: a hall of the bench's own with one counter, open 08:00 to
 * 18:00 every day (written by JDBC into the app's database), and resident accounts opened through the admin API and
 * signed in.
 */
final class BookingSetup {

	static final String PASSWORD = "bench-password-1";

	/** A community hall in the demo's first community with one counter of {@code capacity} places serving the items. */
	static void hall(Statement s, String code, String name, List<String> items, int capacity) throws SQLException {
		s.execute("insert into service_hall (code, name, level, region_code) values ('" + code + "', '" + name
				+ "', 'COMMUNITY_HALL', '410105560001')");
		s.execute("insert into service_counter (hall_code, number, name, items, capacity) values ('" + code
				+ "', 1, '压测窗口', array['" + String.join("','", items) + "'], " + capacity + ")");
		s.execute("insert into service_hall_hours (hall_code, weekday, opens, closes) select '" + code
				+ "', d, '08:00', '18:00' from generate_series(1, 7) d");
	}

	/**
	 * Opens {@code count} resident accounts named {@code prefix-i} through the admin API and signs each in; answers
	 * their tokens in order. Six at a time: opening an account hashes its password inside a transaction, and this is
	 * set-up, not measured.
	 */
	static List<String> residents(HttpClient http, URI base, DemoGrids demo, String admin, int count, String prefix)
			throws Exception {
		ExecutorService setup = Executors.newFixedThreadPool(6);
		List<Future<String>> tokens = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String user = prefix + "-" + i;
			tokens.add(setup.submit(() -> {
				String body = "{\"username\":\"" + user + "\",\"displayName\":\"压测居民\",\"password\":\"" + PASSWORD
						+ "\",\"role\":\"RESIDENT\"}";
				HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/accounts"))
					.header("Content-Type", "application/json").header("Authorization", "Bearer " + admin)
					.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
				if (r.statusCode() != 201) {
					throw new IllegalStateException("account " + user + ": " + r.statusCode() + " " + r.body());
				}
				return demo.token(user, PASSWORD);
			}));
		}
		List<String> signedIn = new ArrayList<>();
		for (Future<String> f : tokens) {
			signedIn.add(f.get());
		}
		setup.shutdown();
		return signedIn;
	}

	private BookingSetup() {
	}
}

package org.civicgrid.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Intake over HTTP at the highest rate N clients reach: each client POSTs a report (no photos) to
 * {@code /api/v1/cases} with a bearer token, waits for the 201 and sends the next, for the given time after a
 * warm-up. Reports go round the grids the account sees (the 56 grids of the street for the demo's dispatcher), at
 * points spread over each grid and over the catalog's event classes, as a street's hotline desk and patrols would
 * file them; {@code --grid CODE} puts every report in one grid instead. Prints the
 * acknowledged reports per second and the latency percentiles; every answer other than 201 counts as an error.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.civicgrid.bench.IntakeLoad BASE_URL [--user dispatcher]
 *     [--password civicgrid-demo] [--clients 32] [--seconds 60] [--warmup 10] [--grid CODE]</pre>
 */
public final class IntakeLoad {

	public static void main(String[] args) throws Exception {
		if (args.length < 1) {
			System.err.println("usage: IntakeLoad BASE_URL [--user U] [--password P] [--clients N] [--seconds S] "
					+ "[--warmup W] [--grid CODE]");
			System.exit(2);
		}
		URI base = URI.create(args[0]);
		Options o = new Options(args, 1);
		String user = o.get("user", "dispatcher");
		int clients = o.integer("clients", 32);
		int seconds = o.integer("seconds", 60);
		int warmup = o.integer("warmup", 10);
		DemoGrids demo = new DemoGrids(base);
		String token = demo.token(user, o.get("password", "civicgrid-demo"));
		List<DemoGrids.Grid> grids = demo.grids(token, o.get("grid", null));
		List<String> categories = demo.eventCategories(token);
		String host = base.getHost() + ":" + base.getPort();
		LoadDriver driver = new LoadDriver(base, 201, n -> {
			double[] point = grids.get((int) (n % grids.size())).pointIn(n);
			String body = String.format(Locale.ROOT,
					"{\"categoryCode\":\"%s\",\"description\":\"路口有一堆生活垃圾（压测 %d）\",\"location\":{\"lat\":%.6f,"
							+ "\"lng\":%.6f},\"address\":\"如意湖路口\",\"reporterContact\":\"13800000000\"}",
					categories.get((int) (n / grids.size() % categories.size())), n, point[0], point[1]);
			return LoadDriver.request("POST", "/api/v1/cases", host, "application/json",
					body.getBytes(StandardCharsets.UTF_8), "Authorization: Bearer " + token);
		});
		System.out.printf(Locale.ROOT, "IntakeLoad: %s as %s, %d grids, %d event classes, %d clients, %d s after %d s "
				+ "warm-up%n", base, user, grids.size(), categories.size(), clients, seconds, warmup);
		LoadDriver.Run run = driver.run(clients, warmup, seconds);
		System.out.println("  " + run.summary());
		System.out.printf(Locale.ROOT, "RESULT intake_per_s=%.0f p50_ms=%.1f p99_ms=%.1f errors=%d%n", run.perSecond(),
				run.percentileMs(0.50), run.percentileMs(0.99), run.failed());
	}

	private IntakeLoad() {
	}
}

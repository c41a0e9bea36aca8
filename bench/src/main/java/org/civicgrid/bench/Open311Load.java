package org.civicgrid.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Open311 intake under load: N closed-loop clients post {@code requests.json} (form-encoded, the demo key) to a
 * running CivicGrid for a fixed time and report throughput and latency percentiles of the 201 answers. Every post is
 * a case with its history row, its timer and its Open311 row (token, extras) committed before the answer. Requests
 * go round the grids of the street (as the demo's dispatcher sees them) at points spread over each grid and over the
 * catalog's event classes, or into one grid with {@code --grid}.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.civicgrid.bench.Open311Load \
 *     --url http://localhost:8080 --clients 32 --seconds 60 --warmup 10 --key civicgrid-demo-key
 * </pre>
 */
public final class Open311Load {

	public static void main(String[] args) throws Exception {
		Options o = new Options(args, 0);
		URI base = URI.create(o.get("url", "http://localhost:8080"));
		int clients = o.integer("clients", 32);
		int seconds = o.integer("seconds", 60);
		int warmup = o.integer("warmup", 10);
		String key = o.get("key", "civicgrid-demo-key");
		DemoGrids demo = new DemoGrids(base);
		String token = demo.token("dispatcher", "civicgrid-demo");
		List<DemoGrids.Grid> grids = demo.grids(token, o.get("grid", null));
		List<String> services = demo.eventCategories(token);
		String host = base.getHost() + ":" + base.getPort();
		String form = "api_key=" + enc(key) + "&address_string=" + enc("压测路 1 号");
		LoadDriver driver = new LoadDriver(base, 201, n -> {
			double[] point = grids.get((int) (n % grids.size())).pointIn(n);
			String body = String.format(Locale.ROOT, "%s&service_code=%s&lat=%.6f&long=%.6f&description=%s", form,
					services.get((int) (n / grids.size() % services.size())), point[0], point[1],
					enc("Open311 压测 #" + n));
			return LoadDriver.request("POST", "/open311/v2/requests.json", host,
					"application/x-www-form-urlencoded; charset=UTF-8", body.getBytes(StandardCharsets.UTF_8));
		});
		System.out.printf(Locale.ROOT, "Open311 intake: %s, %d grids, %d services, %d clients, %d s after %d s warm-up%n",
				base, grids.size(), services.size(), clients, seconds, warmup);
		LoadDriver.Run run = driver.run(clients, warmup, seconds);
		System.out.println("  " + run.summary());
		System.out.printf(Locale.ROOT, "RESULT open311_per_s=%.0f p50_ms=%.1f p99_ms=%.1f errors=%d%n", run.perSecond(),
				run.percentileMs(0.50), run.percentileMs(0.99), run.failed());
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private Open311Load() {
	}
}

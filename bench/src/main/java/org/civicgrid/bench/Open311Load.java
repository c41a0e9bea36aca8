package org.civicgrid.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open311 intake under load: N closed-loop clients post {@code requests.json} (form-encoded, the demo key) to a
 * running CivicGrid for a fixed time and report throughput and latency percentiles of the 201 answers. Every post
 * is a case with its history row (and its timer, where casework keeps one) committed before the answer.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.civicgrid.bench.Open311Load \
 *     --url http://localhost:8080 --clients 8 --seconds 60 --warmup 10 --key civicgrid-demo-key
 * </pre>
 */
public final class Open311Load {

	public static void main(String[] args) throws Exception {
		Map<String, String> o = options(args);
		String url = o.getOrDefault("url", "http://localhost:8080");
		int clients = Integer.parseInt(o.getOrDefault("clients", "8"));
		int seconds = Integer.parseInt(o.getOrDefault("seconds", "60"));
		int warmup = Integer.parseInt(o.getOrDefault("warmup", "10"));
		String key = o.getOrDefault("key", "civicgrid-demo-key");
		String code = o.getOrDefault("service", "E0102");
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		double[] point = point(http, url, o);
		System.out.printf(Locale.ROOT, "Open311 intake: %s, %d clients, %d s (+%d s warm-up), point %.6f,%.6f%n", url,
				clients, seconds, warmup, point[0], point[1]);
		String form = "api_key=" + enc(key) + "&service_code=" + enc(code) + "&lat=" + point[0] + "&long=" + point[1]
				+ "&address_string=" + enc("压测路 1 号") + "&description=";
		URI target = URI.create(url + "/open311/v2/requests.json");

		run(http, target, form, clients, warmup, false);
		Result r = run(http, target, form, clients, seconds, true);
		long[] lat = r.latencies();
		Arrays.sort(lat);
		System.out.printf(Locale.ROOT, "posted %d (201), failed %d, %.1f requests/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
				lat.length, r.failed(), lat.length / (double) seconds, pct(lat, 0.50), pct(lat, 0.99),
				lat.length == 0 ? 0.0 : lat[lat.length - 1] / 1e6);
	}

	record Result(long[] latencies, long failed) {
	}

	private static Result run(HttpClient http, URI target, String form, int clients, int seconds, boolean record)
			throws Exception {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		AtomicLong failed = new AtomicLong();
		AtomicLong seq = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<long[]>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			futures.add(pool.submit(() -> {
				long[] mine = new long[1 << 16];
				int n = 0;
				while (System.nanoTime() < end) {
					String body = form + enc("Open311 压测 #" + seq.incrementAndGet());
					HttpRequest request = HttpRequest.newBuilder(target)
						.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build();
					long t0 = System.nanoTime();
					int status;
					try {
						status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
					}
					catch (Exception e) {
						status = -1;
					}
					long took = System.nanoTime() - t0;
					if (status == 201) {
						if (n == mine.length) {
							mine = Arrays.copyOf(mine, n * 2);
						}
						mine[n++] = took;
					}
					else {
						failed.incrementAndGet();
					}
				}
				return Arrays.copyOf(mine, n);
			}));
		}
		List<long[]> parts = new ArrayList<>();
		for (Future<long[]> f : futures) {
			parts.add(f.get());
		}
		pool.shutdown();
		long[] all = parts.stream().flatMapToLong(Arrays::stream).toArray();
		return new Result(record ? all : new long[0], failed.get());
	}

	/** --lat/--lng, or the centroid of 如意湖街道's first grid as gridworker1 sees it. */
	private static double[] point(HttpClient http, String url, Map<String, String> o) throws Exception {
		if (o.containsKey("lat") && o.containsKey("lng")) {
			return new double[] { Double.parseDouble(o.get("lat")), Double.parseDouble(o.get("lng")) };
		}
		String token = find(http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"gridworker1\",\"password\":\"civicgrid-demo\"}"))
			.build(), HttpResponse.BodyHandlers.ofString()).body(), "\"access_token\"\\s*:\\s*\"([^\"]+)\"");
		String region = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/regions/410105560001001"))
			.header("Authorization", "Bearer " + token)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString()).body();
		String centroid = find(region, "\"centroid\"\\s*:\\s*(\\{[^}]*\\})");
		return new double[] { Double.parseDouble(find(centroid, "\"lat\"\\s*:\\s*([-0-9.Ee]+)")),
				Double.parseDouble(find(centroid, "\"lng\"\\s*:\\s*([-0-9.Ee]+)")) };
	}

	private static String find(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		if (!m.find()) {
			throw new IllegalStateException("Not found (" + regex + ") in " + text);
		}
		return m.group(1);
	}

	private static double pct(long[] sorted, double p) {
		return sorted.length == 0 ? 0.0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static Map<String, String> options(String[] args) {
		java.util.HashMap<String, String> map = new java.util.HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			map.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		return map;
	}

	private Open311Load() {
	}
}

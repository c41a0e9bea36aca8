package org.civicgrid.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Intake over HTTP at the highest rate N clients reach: each client POSTs a report (no photos) to
 * {@code /api/v1/cases} with a bearer token, waits for the answer and sends the next, for the given time after a
 * warm-up. Prints the acknowledged reports per second and the latency percentiles of the measured part; every
 * answer other than 201 counts as an error. Plain java.net.http, no load tool.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.civicgrid.bench.IntakeLoad BASE_URL TOKEN [CLIENTS] [SECONDS] [WARMUP] [LAT] [LNG]</pre>
 */
public final class IntakeLoad {

	public static void main(String[] args) throws Exception {
		if (args.length < 2) {
			System.err.println("usage: IntakeLoad BASE_URL TOKEN [CLIENTS=32] [SECONDS=60] [WARMUP_SECONDS=10] [LAT LNG]");
			System.exit(2);
		}
		String base = args[0];
		String token = args[1];
		int clients = args.length > 2 ? Integer.parseInt(args[2]) : 32;
		int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
		int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 10;
		double lat = args.length > 6 ? Double.parseDouble(args[5]) : 34.7466;
		double lng = args.length > 6 ? Double.parseDouble(args[6]) : 113.7590;
		String body = String.format(Locale.ROOT,
				"{\"categoryCode\":\"E0102\",\"description\":\"路口有一堆生活垃圾（压测）\",\"location\":{\"lat\":%.6f,\"lng\":%.6f},"
						+ "\"address\":\"如意湖路口\",\"reporterContact\":\"13800000000\"}", lat, lng);

		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/cases"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();

		long start = System.nanoTime();
		long measureFrom = start + Duration.ofSeconds(warmup).toNanos();
		long end = measureFrom + Duration.ofSeconds(seconds).toNanos();
		AtomicLong errors = new AtomicLong();
		AtomicLong firstError = new AtomicLong();
		List<long[]> latencies = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			long[][] mine = { new long[1 << 16] };
			int[] n = { 0 };
			Thread t = new Thread(() -> {
				while (true) {
					long sent = System.nanoTime();
					if (sent >= end) {
						break;
					}
					int status;
					try {
						HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
						status = r.statusCode();
						if (status != 201 && firstError.compareAndSet(0, 1)) {
							System.err.println("first error answer: " + status + " " + r.body());
						}
					}
					catch (Exception e) {
						status = -1;
						if (firstError.compareAndSet(0, 1)) {
							System.err.println("first error: " + e);
						}
					}
					long took = System.nanoTime() - sent;
					if (sent >= measureFrom) {
						if (status != 201) {
							errors.incrementAndGet();
							continue;
						}
						if (n[0] == mine[0].length) {
							mine[0] = Arrays.copyOf(mine[0], mine[0].length * 2);
						}
						mine[0][n[0]++] = took;
					}
				}
				synchronized (latencies) {
					latencies.add(Arrays.copyOf(mine[0], n[0]));
				}
			}, "client-" + c);
			threads.add(t);
			t.start();
		}
		for (Thread t : threads) {
			t.join();
		}
		long total = latencies.stream().mapToLong(l -> l.length).sum();
		long[] all = new long[(int) total];
		int i = 0;
		for (long[] l : latencies) {
			System.arraycopy(l, 0, all, i, l.length);
			i += l.length;
		}
		Arrays.sort(all);
		double perSecond = total / (double) seconds;
		System.out.printf(Locale.ROOT,
				"IntakeLoad: %d clients, %d s measured after %d s warm-up: %d reports acknowledged (201), %d errors%n",
				clients, seconds, warmup, total, errors.get());
		System.out.printf(Locale.ROOT, "  throughput %.0f reports/s; latency ms p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n",
				perSecond, ms(all, 0.50), ms(all, 0.90), ms(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
		System.out.printf(Locale.ROOT, "RESULT intake_per_s=%.0f p50_ms=%.1f p99_ms=%.1f errors=%d%n", perSecond,
				ms(all, 0.50), ms(all, 0.99), errors.get());
	}

	private static double ms(long[] sorted, double q) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}
}

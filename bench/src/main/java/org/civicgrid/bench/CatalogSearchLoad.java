package org.civicgrid.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Catalog searches over HTTP as residents type them, without an account: GET {@code /api/v1/services/catalog/items}
 * with a mix of words cut from the published names (two to four characters), pinyin initials, a category, a life
 * event, and words within a category, round the mix. With {@code --notice} it downloads each published item's
 * 一次性告知单 PDF in turn instead. One client measures the latency a resident sees; more clients what the app
 * serves. Every answer other than 200 counts as an error.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.civicgrid.bench.CatalogSearchLoad BASE_URL [--clients 1]
 *     [--seconds 30] [--warmup 15] [--notice yes]</pre>
 */
public final class CatalogSearchLoad {

	private static final List<String> INITIALS = List.of("jzzm", "lnyd", "dsznz", "dbsq", "ybcb", "cjrz", "jysy",
			"gzf", "shjz", "lxjy");
	private static final List<String> CATEGORIES = List.of("CIVIL_AFFAIRS", "SOCIAL_SECURITY", "MEDICAL_INSURANCE",
			"HEALTH", "RESIDENCE", "DISABILITY", "HOUSING");
	private static final List<String> EVENTS = List.of("BIRTH", "EMPLOYMENT", "OLD_AGE", "DISABILITY", "HOUSING",
			"HARDSHIP");

	public static void main(String[] args) throws Exception {
		if (args.length < 1) {
			System.err.println("usage: CatalogSearchLoad BASE_URL [--clients N] [--seconds S] [--warmup W]");
			System.exit(2);
		}
		URI base = URI.create(args[0]);
		Options o = new Options(args, 1);
		int clients = o.integer("clients", 1);
		int seconds = o.integer("seconds", 30);
		int warmup = o.integer("warmup", 15);
		boolean notice = o.get("notice", null) != null;
		List<String> queries = notice ? notices(published(base, "code")) : queries(published(base, "name"));
		String host = base.getHost() + ":" + base.getPort();
		LoadDriver driver = new LoadDriver(base, 200, n -> LoadDriver.request("GET", queries.get((int) (n % queries.size())),
				host, "text/plain", new byte[0]));
		System.out.printf(Locale.ROOT, "CatalogSearchLoad: %s, %d distinct %s, %d clients, %d s after %d s "
				+ "warm-up%n", base, queries.size(), notice ? "notices" : "searches", clients, seconds, warmup);
		LoadDriver.Run run = driver.run(clients, warmup, seconds);
		System.out.println("  " + run.summary());
		System.out.printf(Locale.ROOT, "RESULT " + (notice ? "notice" : "search") + "_per_s=%.0f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f errors=%d%n",
				run.perSecond(), run.percentileMs(0.50), run.percentileMs(0.95), run.percentileMs(0.99), run.failed());
	}

	/** A field of every published item ({@code name}, {@code code}), from the API itself. */
	static List<String> published(URI base, String field) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String body = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/services/catalog/items?size=500")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		List<String> names = new ArrayList<>();
		Matcher m = Pattern.compile("\"" + field + "\":\"([^\"]+)\"").matcher(body);
		while (m.find()) {
			names.add(m.group(1));
		}
		if (names.isEmpty()) {
			throw new IllegalStateException("the catalog is empty: " + body);
		}
		return names;
	}

	static List<String> queries(List<String> names) {
		Set<String> queries = new LinkedHashSet<>();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i).replaceAll("[（）()、，\\s]", "");
			int length = 2 + i % 3;
			int from = name.length() <= length ? 0 : i % (name.length() - length);
			String word = name.substring(from, Math.min(name.length(), from + length));
			queries.add(path("q=" + encode(word)));
			queries.add(path("q=" + encode(word) + "&category=" + CATEGORIES.get(i % CATEGORIES.size())));
		}
		INITIALS.forEach(q -> queries.add(path("q=" + q)));
		CATEGORIES.forEach(c -> queries.add(path("category=" + c)));
		EVENTS.forEach(e -> queries.add(path("event=" + e)));
		return List.copyOf(queries);
	}

	static List<String> notices(List<String> codes) {
		return codes.stream().map(c -> "/api/v1/services/catalog/items/" + c + "/notice.pdf").toList();
	}

	private static String path(String query) {
		return "/api/v1/services/catalog/items?" + query;
	}

	private static String encode(String word) {
		return URLEncoder.encode(word, StandardCharsets.UTF_8);
	}

	private CatalogSearchLoad() {
	}
}

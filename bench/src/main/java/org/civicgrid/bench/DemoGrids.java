package org.civicgrid.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the load drivers ask a running CivicGrid before they start, through the public API: a bearer token for a
 * demo account, the boundaries of the grids that account sees (or of one grid) and the catalog's event classes.
 */
final class DemoGrids {

	private static final Pattern CODE = Pattern.compile("\"code\":\"(\\d{15})\"");

	/** The first (outer) ring of a GeoJSON polygon. */
	private static final Pattern RING = Pattern
		.compile("\"coordinates\":\\[+(\\[[-0-9.]+,[-0-9.]+\\](?:,\\[[-0-9.]+,[-0-9.]+\\])*)");

	private static final Pattern PAIR = Pattern.compile("\\[([-0-9.]+),([-0-9.]+)\\]");

	private static final Pattern EVENT_CODE = Pattern.compile("\"code\":\"(E\\d{4})\"");

	private final HttpClient http = HttpClient.newHttpClient();
	private final URI base;

	DemoGrids(URI base) {
		this.base = base;
	}

	String token(String user, String password) throws IOException, InterruptedException {
		String body = "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}";
		String answer = send(HttpRequest.newBuilder(base.resolve("/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
		Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(answer);
		if (!m.find()) {
			throw new IllegalStateException("no token for " + user + ": " + answer);
		}
		return m.group(1);
	}

	/** A grid's outer ring (lng, lat pairs, as GeoJSON has them) and its bounding box. */
	record Grid(String code, double[][] ring, double minLng, double maxLng, double minLat, double maxLat) {

		/** About a metre, in degrees. */
		private static final double EDGE = 1e-5;

		/** A point inside the grid, the same for the same {@code n}: spread over the grid as patrols find problems. */
		double[] pointIn(long n) {
			SplittableRandom random = new SplittableRandom(n);
			for (int tries = 0; tries < 100; tries++) {
				// rounded as the drivers send it (6 decimals), and 1 m clear of the edge: a point on the district's
				// outer edge may round outside every grid and be refused, as it should
				double lng = Math.round((minLng + random.nextDouble() * (maxLng - minLng)) * 1e6) / 1e6;
				double lat = Math.round((minLat + random.nextDouble() * (maxLat - minLat)) * 1e6) / 1e6;
				if (inside(lng, lat) && inside(lng - EDGE, lat - EDGE) && inside(lng + EDGE, lat + EDGE)
						&& inside(lng - EDGE, lat + EDGE) && inside(lng + EDGE, lat - EDGE)) {
					return new double[] { lat, lng };
				}
			}
			return new double[] { (minLat + maxLat) / 2, (minLng + maxLng) / 2 };
		}

		private boolean inside(double x, double y) {
			boolean in = false;
			for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
				if ((ring[i][1] > y) != (ring[j][1] > y)
						&& x < (ring[j][0] - ring[i][0]) * (y - ring[i][1]) / (ring[j][1] - ring[i][1]) + ring[i][0]) {
					in = !in;
				}
			}
			return in;
		}
	}

	/** {@code grid}, or every grid under the token's scope when it is null, with its boundary. */
	List<Grid> grids(String token, String grid) throws IOException, InterruptedException {
		List<Grid> grids = new ArrayList<>();
		for (String code : grid != null ? List.of(grid) : gridCodes(token)) {
			String boundary = send(get("/api/v1/regions/" + code + "/boundary", token));
			Matcher m = RING.matcher(boundary);
			if (!m.find()) {
				throw new IllegalStateException("no boundary for grid " + code + ": " + boundary);
			}
			List<double[]> points = new ArrayList<>();
			Matcher p = PAIR.matcher(m.group(1));
			while (p.find()) {
				points.add(new double[] { Double.parseDouble(p.group(1)), Double.parseDouble(p.group(2)) });
			}
			double[][] ring = points.toArray(double[][]::new);
			grids.add(new Grid(code, ring, Arrays.stream(ring).mapToDouble(q -> q[0]).min().orElseThrow(),
					Arrays.stream(ring).mapToDouble(q -> q[0]).max().orElseThrow(),
					Arrays.stream(ring).mapToDouble(q -> q[1]).min().orElseThrow(),
					Arrays.stream(ring).mapToDouble(q -> q[1]).max().orElseThrow()));
		}
		return grids;
	}

	/** The event small classes of the catalog (E…), which reports are spread over. */
	List<String> eventCategories(String token) throws IOException, InterruptedException {
		Set<String> codes = new LinkedHashSet<>();
		Matcher m = EVENT_CODE.matcher(send(get("/api/v1/cases/categories", token)));
		while (m.find()) {
			codes.add(m.group(1));
		}
		if (codes.isEmpty()) {
			throw new IllegalStateException("no event categories in the catalog");
		}
		return List.copyOf(codes);
	}

	/** The grids under the token's scope, from the region tree (street → community → grid). */
	private List<String> gridCodes(String token) throws IOException, InterruptedException {
		String tree = send(get("/api/v1/regions/tree?depth=4", token));
		Set<String> codes = new LinkedHashSet<>();
		Matcher m = CODE.matcher(tree);
		while (m.find()) {
			codes.add(m.group(1));
		}
		if (codes.isEmpty()) {
			throw new IllegalStateException("no grids in the account's tree: " + tree);
		}
		return List.copyOf(codes);
	}

	private HttpRequest get(String path, String token) {
		return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token).build();
	}

	private String send(HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 200) {
			throw new IllegalStateException(request.uri() + " answered " + answer.statusCode() + ": " + answer.body());
		}
		return answer.body();
	}
}

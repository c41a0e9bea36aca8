package org.civicgrid.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the load drivers ask a running CivicGrid before they start: a bearer token for a demo account and the
 * centres of the grids that account sees (or of one grid), through the public API.
 */
final class DemoGrids {

	private static final Pattern CODE = Pattern.compile("\"code\":\"(\\d{15})\"");

	private static final Pattern CENTROID = Pattern
		.compile("\"centroid\":\\{[^}]*\"lat\":([0-9.]+)[^}]*\"lng\":([0-9.]+)");

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

	/** The centres (lat, lng) of {@code grid}, or of every grid under the token's scope when it is null. */
	List<double[]> centres(String token, String grid) throws IOException, InterruptedException {
		List<double[]> centres = new ArrayList<>();
		for (String code : grid != null ? List.of(grid) : grids(token)) {
			String detail = send(get("/api/v1/regions/" + code, token));
			Matcher m = CENTROID.matcher(detail);
			if (!m.find()) {
				throw new IllegalStateException("no centroid for grid " + code + ": " + detail);
			}
			centres.add(new double[] { Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)) });
		}
		return centres;
	}

	/** The grids under the token's scope, from the region tree (street → community → grid). */
	private List<String> grids(String token) throws IOException, InterruptedException {
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

	/** A point within about 20 m of a centre, chosen by the sequence number, so reports cluster as in a street. */
	static double[] near(double[] centre, long n) {
		return new double[] { centre[0] + ((n * 7919) % 41 - 20) * 1e-5, centre[1] + ((n * 104729) % 41 - 20) * 1e-5 };
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

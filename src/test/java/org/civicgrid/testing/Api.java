package org.civicgrid.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client for the API, as a caller would use it: {@code api.as("gridworker1").get("/api/v1/...")}
 * signs in with the demo password once and sends the bearer token.
 */
public final class Api {

	public static final String DEMO_PASSWORD = "civicgrid-demo";

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	private final String base;
	private final String token;
	private final String language;

	private Api(String base, String token, String language) {
		this.base = base;
		this.token = token;
		this.language = language;
	}

	/** An anonymous client of the application on {@code port}. */
	public static Api on(int port) {
		return new Api("http://localhost:" + port, null, "zh-CN");
	}

	/** The same client signed in as a demo account (token cached per port and user). */
	public Api as(String username) {
		return withToken(TOKENS.computeIfAbsent(base + "|" + username, k -> tokenFor(username, DEMO_PASSWORD)));
	}

	public Api withToken(String bearer) {
		return new Api(base, bearer, language);
	}

	public Api inEnglish() {
		return new Api(base, token, "en");
	}

	/**
	 * Forgets the cached tokens: those issued while the application's clock stood at another time expire by that
	 * time, not the wall clock's ({@link MovableClock}).
	 */
	public static void forgetTokens() {
		TOKENS.clear();
	}

	/** Signs in and returns the access token; fails the test when the login is refused. */
	public String tokenFor(String username, String password) {
		Response r = post("/api/v1/auth/token", Map.of("username", username, "password", password));
		if (r.status() != 200) {
			throw new AssertionError("Login of " + username + " refused: " + r.status() + " " + r.body());
		}
		return r.json().get("access_token").asString();
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	public Response post(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json").POST(bodyOf(body)));
	}

	public Response put(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json").PUT(bodyOf(body)));
	}

	public Response patch(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json").method("PATCH", bodyOf(body)));
	}

	/** Sends a raw body with the given content type, for malformed input. */
	public Response send(String method, String path, String contentType, byte[] body) {
		return send(request(path).header("Content-Type", contentType)
			.method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	public HttpResponse<byte[]> getBytes(String path) {
		try {
			return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException | InterruptedException e) {
			throw new AssertionError("GET " + path + " failed", e);
		}
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
			.header("Accept-Language", language);
		if (token != null) {
			b.header("Authorization", "Bearer " + token);
		}
		return b;
	}

	private static HttpRequest.BodyPublisher bodyOf(Object body) {
		String text = body instanceof String s ? s : JSON.writeValueAsString(body);
		return HttpRequest.BodyPublishers.ofString(text);
	}

	private Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> r = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			Map<String, String> headers = new LinkedHashMap<>();
			r.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
			return new Response(r.statusCode(), headers, r.body());
		}
		catch (IOException | InterruptedException e) {
			throw new AssertionError("Request failed", e);
		}
	}

	public static JsonNode parse(String json) {
		return JSON.readTree(json);
	}

	/** An HTTP answer: status, headers (lower-case names) and body. */
	public record Response(int status, Map<String, String> headers, String body) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		public String contentType() {
			return headers.getOrDefault("content-type", "");
		}

		/** The field names listed in a problem detail's {@code errors}. */
		public java.util.List<String> errorFields() {
			java.util.List<String> fields = new java.util.ArrayList<>();
			json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
			return fields;
		}
	}
}

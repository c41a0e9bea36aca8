package org.civicgrid.messaging.internal.outbound;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * A provider's HTTP endpoint on a free local port, started by a test: it records every request exactly as it
 * arrived (method, path, raw query, the query's parameters decoded, the body) and answers with the next scripted
 * answer, or the standing one when the script is used up.
 */
public final class FakeProvider implements AutoCloseable {

	/** One request as received. */
	public record Received(String method, String path, String rawQuery, Map<String, String> query, String body,
			String contentType) {
	}

	/** An answer: status and JSON body, after an optional delay (to outlast a client's timeout). */
	public record Answer(int status, String body, Duration delay) {

		public static Answer of(int status, String body) {
			return new Answer(status, body, Duration.ZERO);
		}
	}

	private final HttpServer server;
	private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
	private final Deque<Answer> script = new ConcurrentLinkedDeque<>();
	private volatile Answer standing;

	private FakeProvider(Answer standing) throws IOException {
		this.standing = standing;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.setExecutor(Executors.newCachedThreadPool(r -> {
			Thread t = new Thread(r, "fake-provider");
			t.setDaemon(true);
			return t;
		}));
		this.server.createContext("/", exchange -> {
			try (InputStream in = exchange.getRequestBody()) {
				String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				URI uri = exchange.getRequestURI();
				received.add(new Received(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(),
						decode(uri.getRawQuery()), body, exchange.getRequestHeaders().getFirst("Content-Type")));
			}
			Answer answer = script.pollFirst();
			if (answer == null) {
				answer = this.standing;
			}
			if (!answer.delay().isZero()) {
				try {
					Thread.sleep(answer.delay().toMillis());
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
			byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
			exchange.sendResponseHeaders(answer.status(), bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		});
		this.server.start();
	}

	/** A provider answering {@code status} with {@code body} to everything not scripted. */
	public static FakeProvider answering(int status, String body) {
		try {
			return new FakeProvider(Answer.of(status, body));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The next requests get these answers, in order. */
	public FakeProvider then(int status, String body) {
		script.addLast(Answer.of(status, body));
		return this;
	}

	public FakeProvider then(Answer answer) {
		script.addLast(answer);
		return this;
	}

	public void standing(int status, String body) {
		this.standing = Answer.of(status, body);
	}

	public URI base() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
	}

	public List<Received> received() {
		synchronized (received) {
			return List.copyOf(received);
		}
	}

	public Received only() {
		List<Received> all = received();
		if (all.size() != 1) {
			throw new AssertionError("expected exactly one request, got " + all.size() + ": " + all);
		}
		return all.get(0);
	}

	@Override
	public void close() {
		server.stop(0);
	}

	/** The query's parameters, decoded as UTF-8 percent-encoding (the provider's side of it). */
	static Map<String, String> decode(String rawQuery) {
		Map<String, String> out = new LinkedHashMap<>();
		if (rawQuery == null || rawQuery.isEmpty()) {
			return out;
		}
		for (String pair : rawQuery.split("&")) {
			int eq = pair.indexOf('=');
			String name = eq < 0 ? pair : pair.substring(0, eq);
			String value = eq < 0 ? "" : pair.substring(eq + 1);
			out.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
		}
		return out;
	}
}

package org.civicgrid.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * A closed-loop HTTP/1.1 load driver on plain keep-alive sockets: each of N clients sends a request, reads the whole
 * answer and sends the next. It costs a few microseconds of CPU per request, against about a millisecond for
 * {@code java.net.http}, which matters when the driver shares two cores with the application and its database.
 * Requests are built once per sequence number by the caller; answers are read by Content-Length or chunked.
 */
final class LoadDriver {

	/** The answers of one run: latencies (ns) of the expected status, and the count of any other answer. */
	record Run(long[] latencies, long failed, int seconds) {

		double perSecond() {
			return latencies.length / (double) seconds;
		}

		double percentileMs(double q) {
			if (latencies.length == 0) {
				return 0;
			}
			int rank = (int) Math.ceil(q * latencies.length);
			return latencies[Math.max(0, Math.min(latencies.length - 1, rank - 1))] / 1e6;
		}

		double maxMs() {
			return latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6;
		}

		String summary() {
			return String.format(Locale.ROOT, "%d answered, %d failed, %.0f requests/s; latency ms p50 %.1f, p90 %.1f, "
					+ "p99 %.1f, max %.1f", latencies.length, failed, perSecond(), percentileMs(0.50), percentileMs(0.90),
					percentileMs(0.99), maxMs());
		}
	}

	private final URI base;
	private final int expected;
	private final LongFunction<byte[]> requests;
	private final AtomicLong sequence = new AtomicLong();

	/**
	 * @param requests the whole request (line, headers, body) for a sequence number, shared by every client
	 * @param expected the status that counts as an answer; any other counts as failed
	 */
	LoadDriver(URI base, int expected, LongFunction<byte[]> requests) {
		this.base = base;
		this.expected = expected;
		this.requests = requests;
	}

	/** Request bytes: {@code method path}, Host, Content-Type, Content-Length and the extra headers, then the body. */
	static byte[] request(String method, String path, String host, String contentType, byte[] body,
			String... headers) {
		StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
			.append(host)
			.append("\r\nContent-Type: ")
			.append(contentType)
			.append("\r\nContent-Length: ")
			.append(body.length)
			.append("\r\n");
		for (String h : headers) {
			head.append(h).append("\r\n");
		}
		head.append("\r\n");
		byte[] h = head.toString().getBytes(StandardCharsets.ISO_8859_1);
		byte[] all = Arrays.copyOf(h, h.length + body.length);
		System.arraycopy(body, 0, all, h.length, body.length);
		return all;
	}

	/** Runs {@code clients} connections for {@code warmup} seconds unrecorded, then {@code seconds} recorded. */
	Run run(int clients, int warmup, int seconds) throws InterruptedException {
		long start = System.nanoTime();
		long measureFrom = start + warmup * 1_000_000_000L;
		long end = measureFrom + seconds * 1_000_000_000L;
		AtomicLong failed = new AtomicLong();
		AtomicLong reported = new AtomicLong();
		List<long[]> all = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			Thread t = new Thread(() -> {
				long[] mine = new long[1 << 14];
				int n = 0;
				Connection connection = null;
				while (true) {
					long sent = System.nanoTime();
					if (sent >= end) {
						break;
					}
					int status;
					try {
						if (connection == null) {
							connection = new Connection(base);
						}
						status = connection.exchange(requests.apply(sequence.incrementAndGet()));
						if (status != expected && reported.getAndIncrement() == 0) {
							System.err.println("first unexpected answer: " + status + " " + connection.lastBody());
						}
						if (connection.closing()) {
							// the server ends a keep-alive connection after so many requests (Tomcat: 100)
							connection.close();
							connection = null;
						}
					}
					catch (IOException e) {
						status = -1;
						if (reported.getAndIncrement() == 0) {
							System.err.println("first error: " + e);
						}
						if (connection != null) {
							connection.close();
						}
						connection = null;
					}
					long took = System.nanoTime() - sent;
					if (sent < measureFrom) {
						continue;
					}
					if (status != expected) {
						failed.incrementAndGet();
						continue;
					}
					if (n == mine.length) {
						mine = Arrays.copyOf(mine, n * 2);
					}
					mine[n++] = took;
				}
				if (connection != null) {
					connection.close();
				}
				synchronized (all) {
					all.add(Arrays.copyOf(mine, n));
				}
			}, "load-" + c);
			threads.add(t);
			t.start();
		}
		for (Thread t : threads) {
			t.join();
		}
		long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		return new Run(latencies, failed.get(), seconds);
	}

	/** One keep-alive connection: writes a request, reads the status line, headers and body of the answer. */
	private static final class Connection {

		private final Socket socket;
		private final OutputStream out;
		private final InputStream in;
		private byte[] body = new byte[0];
		private boolean closing;

		Connection(URI base) throws IOException {
			socket = new Socket();
			socket.setTcpNoDelay(true);
			socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
			socket.setSoTimeout(30_000);
			out = socket.getOutputStream();
			in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
		}

		int exchange(byte[] request) throws IOException {
			out.write(request);
			out.flush();
			String statusLine = line();
			if (statusLine.length() < 12 || !statusLine.startsWith("HTTP/1.1 ")) {
				throw new IOException("not an HTTP answer: " + statusLine);
			}
			int status = Integer.parseInt(statusLine.substring(9, 12));
			long length = -1;
			boolean chunked = false;
			boolean closes = false;
			for (String h = line(); !h.isEmpty(); h = line()) {
				String lower = h.toLowerCase(Locale.ROOT);
				if (lower.startsWith("content-length:")) {
					length = Long.parseLong(lower.substring(15).trim());
				}
				else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
					chunked = true;
				}
				else if (lower.startsWith("connection:") && lower.contains("close")) {
					closes = true;
				}
			}
			body = chunked ? chunked() : length > 0 ? in.readNBytes((int) length) : new byte[0];
			closing = closes;
			return status;
		}

		/** The last answer said {@code Connection: close}. */
		boolean closing() {
			return closing;
		}

		String lastBody() {
			return new String(body, StandardCharsets.UTF_8);
		}

		private byte[] chunked() throws IOException {
			java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
			while (true) {
				String size = line();
				int semicolon = size.indexOf(';');
				int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
				if (n == 0) {
					while (!line().isEmpty()) {
						// trailers
					}
					return all.toByteArray();
				}
				all.write(in.readNBytes(n));
				line();
			}
		}

		private String line() throws IOException {
			StringBuilder s = new StringBuilder(64);
			while (true) {
				int b = in.read();
				if (b < 0) {
					throw new IOException("connection closed");
				}
				if (b == '\n') {
					int len = s.length();
					return len > 0 && s.charAt(len - 1) == '\r' ? s.substring(0, len - 1) : s.toString();
				}
				s.append((char) b);
			}
		}

		void close() {
			try {
				socket.close();
			}
			catch (IOException ignored) {
				// nothing to do
			}
		}
	}
}

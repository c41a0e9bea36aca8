package org.civicgrid.casework.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.civicgrid.CivicGridApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kill the application in the middle of a burst of reports (SIGKILL, no shutdown hook runs): after a restart every
 * report that was answered 201 is there with its history entry and its timer, and the timers still fire. The
 * application runs as a child JVM against a PostgreSQL this test owns; timers run at 1/100 of real time, so the
 * 15 minutes to respond pass in 9 seconds.
 */
class CrashDurabilityTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static EmbeddedPostgres postgres;
	static Path logs;

	final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2)).build();

	@BeforeAll
	static void startTheDatabase() throws Exception {
		postgres = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("civicgrid-crash"))
			.setCleanDataDirectory(true).start();
		try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
			s.execute("create database crash");
		}
		logs = Files.createDirectories(Path.of("target", "crash-test"));
	}

	@AfterAll
	static void stopTheDatabase() throws Exception {
		postgres.close();
	}

	@Test
	void everyAcknowledgedReportSurvivesAKillWithItsHistoryAndTimer() throws Exception {
		int port = freePort();
		Process app = start(port, 1);
		Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
		try {
			awaitReady(port, app);
			String token = token(port);
			String body = reportBody(port, token);
			AtomicBoolean stop = new AtomicBoolean();
			List<Thread> clients = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				Thread client = new Thread(() -> {
					while (!stop.get()) {
						try {
							HttpResponse<String> r = http.send(post(port, "/api/v1/cases", token, body),
									HttpResponse.BodyHandlers.ofString());
							if (r.statusCode() == 201) {
								acknowledged.add(JSON.readTree(r.body()).path("id").asLong());
							}
						}
						catch (IOException e) {
							pause(20); // the server is gone: keep knocking until told to stop
						}
						catch (InterruptedException e) {
							return;
						}
					}
				});
				client.start();
				clients.add(client);
			}
			long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (acknowledged.size() < 150 && System.nanoTime() < until) {
				Thread.sleep(20);
			}
			app.destroyForcibly().waitFor();
			Thread.sleep(300);
			stop.set(true);
			for (Thread client : clients) {
				client.join();
			}
		}
		finally {
			app.destroyForcibly().waitFor();
		}
		assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(50);
		System.out.println("Killed the application after " + acknowledged.size() + " acknowledged reports");

		JdbcClient jdbc = JdbcClient.create(database());
		for (long id : acknowledged) {
			assertThat(count(jdbc, "select count(*) from event_case where id = :id", id)).as("case %d", id).isOne();
			assertThat(count(jdbc, "select count(*) from event_case_history where case_id = :id", id))
				.as("history of %d", id).isGreaterThanOrEqualTo(1);
			// the respond timer, or the trace of it having fired already
			assertThat(count(jdbc, "select count(*) from scheduled_tasks where task_instance like cast(:id as text) || ':respond:%'", id)
					+ count(jdbc, "select count(*) from event_case where id = :id and colour in ('YELLOW', 'RED')", id))
				.as("timer of %d", id).isGreaterThanOrEqualTo(1);
		}

		Process again = start(port, 2);
		try {
			awaitReady(port, again);
			long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (overdue(jdbc, acknowledged) < acknowledged.size() && System.nanoTime() < until) {
				Thread.sleep(250);
			}
			assertThat(overdue(jdbc, acknowledged)).as("acknowledged reports whose timers fired after the restart")
				.isEqualTo(acknowledged.size());
			for (long id : acknowledged) {
				assertThat(count(jdbc, "select count(*) from event_case_history where case_id = :id and action = 'supervise'", id))
					.as("notices of %d", id).isOne();
			}
		}
		finally {
			again.destroy();
			again.waitFor();
		}
	}

	/** Reports whose red timer fired: colour RED and the supervision notice in the trace. */
	private static long overdue(JdbcClient jdbc, Set<Long> ids) {
		return jdbc.sql("""
				select count(*) from event_case c where c.id in (:ids) and c.colour = 'RED'
				and exists (select 1 from event_case_history h where h.case_id = c.id and h.action = 'supervise')""")
			.param("ids", List.copyOf(ids))
			.query(Long.class)
			.single();
	}

	private static long count(JdbcClient jdbc, String sql, long id) {
		return jdbc.sql(sql).param("id", id).query(Long.class).single();
	}

	private static DataSource database() {
		return postgres.getDatabase("postgres", "crash");
	}

	private static Process start(int port, int run) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
				"-cp", System.getProperty("java.class.path"), CivicGridApplication.class.getName(),
				"--logging.level.root=WARN")
			.redirectErrorStream(true)
			.redirectOutput(logs.resolve("app-" + run + ".log").toFile());
		Map<String, String> env = builder.environment();
		env.put("CIVICGRID_DB_URL", postgres.getJdbcUrl("postgres", "crash"));
		env.put("CIVICGRID_DB_USER", "postgres");
		env.put("CIVICGRID_DB_PASSWORD", "");
		env.put("CIVICGRID_DEMO", "true");
		env.put("CIVICGRID_PORT", String.valueOf(port));
		env.put("CIVICGRID_TIMER_SCALE", "0.01");
		env.put("CIVICGRID_TIMER_POLLING", "500ms");
		env.put("CIVICGRID_DATA_DIR", new File("target/crash-test/unused-pg").getAbsolutePath());
		return builder.start();
	}

	private void awaitReady(int port, Process app) throws Exception {
		long until = System.nanoTime() + Duration.ofSeconds(180).toNanos();
		while (System.nanoTime() < until) {
			if (!app.isAlive()) {
				throw new AssertionError("The application stopped; see " + logs);
			}
			try {
				HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(port, "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (r.statusCode() == 200) {
					return;
				}
			}
			catch (IOException e) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The application did not become ready; see " + logs);
	}

	private String token(int port) throws Exception {
		HttpResponse<String> r = http.send(post(port, "/api/v1/auth/token", null,
				"{\"username\":\"gridworker1\",\"password\":\"civicgrid-demo\"}"), HttpResponse.BodyHandlers.ofString());
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		JsonNode json = JSON.readTree(r.body());
		return json.has("accessToken") ? json.path("accessToken").asString() : json.path("access_token").asString();
	}

	private String reportBody(int port, String token) throws Exception {
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(port, "/api/v1/regions/410105560001001"))
			.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
		JsonNode centroid = JSON.readTree(r.body()).path("centroid");
		return JSON.writeValueAsString(Map.of("categoryCode", "E0102", "description", "路口垃圾（压力）",
				"location", Map.of("lat", centroid.path("lat").asDouble(), "lng", centroid.path("lng").asDouble())));
	}

	private static HttpRequest post(int port, String path, String token, String json) {
		HttpRequest.Builder b = HttpRequest.newBuilder(uri(port, path)).timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (token != null) {
			b.header("Authorization", "Bearer " + token);
		}
		return b.build();
	}

	private static URI uri(int port, String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}

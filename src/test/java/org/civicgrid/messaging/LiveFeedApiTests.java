package org.civicgrid.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live stream over real HTTP: a grid worker's open stream receives the community's post in their courtyard's
 * channel as it commits; a stream opened again with the last event's id is first sent what was posted while it was
 * away, from the database; a post of a channel the reader is not in never reaches them.
 */
class LiveFeedApiTests extends ApiTest {

	/** One SSE event as read off the wire. */
	record Event(String name, String id, String data) {
	}

	@Test
	void aPostReachesAnOpenStreamAndAReconnectGetsWhatItMissed() throws Exception {
		long channel = courtyard("gridworker1");
		long other = courtyard("gridworker2");
		String token = api.tokenFor("gridworker1", Api.DEMO_PASSWORD);

		BlockingQueue<Event> events = new LinkedBlockingQueue<>();
		Thread reader = open(token, null, events);
		waitOpen(events);
		api.as("community1").post("/api/v1/messaging/channels/" + channel + "/posts",
				Map.of("kind", "notice", "title", "电梯检修", "body", "3号楼电梯周三检修"));
		api.as("gridworker2").post("/api/v1/messaging/channels/" + other + "/posts",
				Map.of("kind", "relay", "body", "别的网格的消息"));
		Event first = events.poll(10, TimeUnit.SECONDS);
		assertThat(first).as("the post arrives live").isNotNull();
		assertThat(first.name()).isEqualTo("post");
		JsonNode post = JsonMapper.builder().build().readTree(first.data());
		assertThat(post.path("channelId").asLong()).isEqualTo(channel);
		assertThat(post.path("body").asString()).isEqualTo("3号楼电梯周三检修");
		assertThat(first.id()).contains(channel + ":" + post.path("seq").asLong());
		assertThat(events.poll(2, TimeUnit.SECONDS)).as("nothing of another grid's channel").isNull();
		reader.interrupt();

		// away: two posts; back with the last event id, both come first, in order
		api.as("community1").post("/api/v1/messaging/channels/" + channel + "/posts",
				Map.of("kind", "notice", "body", "离线时的第一条"));
		api.as("community1").post("/api/v1/messaging/channels/" + channel + "/posts",
				Map.of("kind", "good-news", "body", "离线时的第二条"));
		BlockingQueue<Event> again = new LinkedBlockingQueue<>();
		Thread back = open(token, first.id(), again);
		waitOpen(again);
		List<String> missed = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			Event e = again.poll(10, TimeUnit.SECONDS);
			assertThat(e).as("missed post " + i).isNotNull();
			missed.add(JsonMapper.builder().build().readTree(e.data()).path("body").asString());
		}
		assertThat(missed).containsExactly("离线时的第一条", "离线时的第二条");
		back.interrupt();
	}

	@Test
	void theStreamNeedsAnAccount() throws Exception {
		HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/api/v1/messaging/live")).timeout(Duration.ofSeconds(5)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(r.statusCode()).isEqualTo(401);
	}

	private Thread open(String token, String lastEventId, BlockingQueue<Event> events) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/v1/messaging/live")).header("Authorization", "Bearer " + token)
			.header("Accept", "text/event-stream");
		if (lastEventId != null) {
			request.header("Last-Event-ID", lastEventId);
		}
		Thread t = new Thread(() -> {
			try {
				HttpResponse<java.io.InputStream> r = HttpClient.newHttpClient().send(request.build(),
						HttpResponse.BodyHandlers.ofInputStream());
				try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
					String name = null;
					String id = null;
					StringBuilder data = new StringBuilder();
					String line;
					while (!Thread.currentThread().isInterrupted() && (line = in.readLine()) != null) {
						if (line.startsWith(":open")) {
							events.add(new Event("open", null, ""));
						}
						else if (line.startsWith("event:")) {
							name = line.substring(6).strip();
						}
						else if (line.startsWith("id:")) {
							id = line.substring(3).strip();
						}
						else if (line.startsWith("data:")) {
							data.append(line.substring(5));
						}
						else if (line.isEmpty() && name != null) {
							events.add(new Event(name, id, data.toString()));
							name = null;
							data.setLength(0);
						}
					}
				}
			}
			catch (Exception e) {
				// the test closed the stream
			}
		});
		t.setDaemon(true);
		t.start();
		return t;
	}

	private static void waitOpen(BlockingQueue<Event> events) throws InterruptedException {
		Event open = events.poll(10, TimeUnit.SECONDS);
		assertThat(open).as("the stream opens").isNotNull();
		assertThat(open.name()).isEqualTo("open");
	}

	private long courtyard(String worker) {
		for (JsonNode s : api.as(worker).get("/api/v1/messaging/channels").json()) {
			if (s.path("channel").path("level").asString().equals("COURTYARD")) {
				return s.path("channel").path("id").asLong();
			}
		}
		throw new AssertionError(worker + " is in no courtyard channel");
	}
}

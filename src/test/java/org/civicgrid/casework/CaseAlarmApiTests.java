package org.civicgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The alarm webhook: a video platform posts with its own token (the demo source's), the alarm type picks the small
 * class, the case comes in on the VIDEO channel with the snapshot as photo; a resent alarm id raises nothing new;
 * a missing or wrong token is 401 and writes nothing.
 */
class CaseAlarmApiTests extends ApiTest {

	static final String TOKEN = "civicgrid-demo-alarm-token";
	static final JsonMapper JSON = JsonMapper.builder().build();

	CaseApiFixture cases;

	@BeforeEach
	void setUp() {
		cases = new CaseApiFixture(api);
	}

	Map<String, Object> alarm(String alarmId, String type) {
		Map<String, Object> body = new HashMap<>();
		body.put("deviceId", "cam-ruyihu-017");
		body.put("alarmId", alarmId);
		body.put("type", type);
		body.put("location", Map.of("lat", cases.lat, "lng", cases.lng));
		body.put("description", "消防通道被占用 " + alarmId);
		body.put("snapshotUrl", "https://video.example/snap/" + alarmId + ".jpg");
		return body;
	}

	Api.Response post(String token, Object body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cases/alarms"))
			.header("Content-Type", "application/json")
			.header("Accept-Language", "zh-CN")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		if (token != null) {
			request.header("X-Alarm-Token", token);
		}
		try {
			HttpResponse<String> r = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
			Map<String, String> headers = new HashMap<>();
			r.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
			return new Api.Response(r.statusCode(), headers, r.body());
		}
		catch (IOException | InterruptedException e) {
			throw new AssertionError(e);
		}
	}

	@Test
	void aVideoAlarmRaisesACaseOnceWithItsSnapshot() {
		String id = CaseApiFixture.marker();
		Map<String, Object> body = alarm(id, "fire-lane-blocked");
		body.put("snapshot", Base64.getEncoder().encodeToString(TestImages.jpeg(640, 360)));
		Api.Response r = post(TOKEN, body);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		JsonNode raised = r.json();
		assertThat(raised.path("channel").asString()).isEqualTo("VIDEO");
		assertThat(raised.path("categoryCode").asString()).isEqualTo("E0504");
		assertThat(raised.path("gridCode").asString()).isEqualTo(CaseApiFixture.GRID);
		assertThat(raised.path("reporter").asString()).isEqualTo("alarm:demo-video");
		assertThat(raised.path("description").asString()).contains("cam-ruyihu-017").contains("消防通道被占用");

		JsonNode detail = api.as("dispatcher").get("/api/v1/cases/" + raised.path("id").asLong()).json();
		String photo = detail.path("history").get(0).path("photos").get(0).asString();
		assertThat(api.as("dispatcher").getBytes("/api/v1/cases/" + raised.path("id").asLong() + "/photos/" + photo)
			.statusCode()).isEqualTo(200);

		Api.Response resent = post(TOKEN, body);
		assertThat(resent.status()).as(resent.body()).isEqualTo(200);
		assertThat(resent.json().path("id").asLong()).isEqualTo(raised.path("id").asLong());
	}

	@Test
	void aMissingOrWrongTokenIs401AndNothingIsWritten() {
		String id = CaseApiFixture.marker();
		for (String token : new String[] { null, "guessed", TOKEN + "x" }) {
			Api.Response r = post(token, alarm(id, "fire-lane-blocked"));
			assertThat(r.status()).as(String.valueOf(token)).isEqualTo(401);
			assertThat(r.contentType()).startsWith("application/problem+json");
			assertThat(r.json().path("type").asString()).endsWith("/alarm-token");
			assertThat(r.json().path("detail").asString()).contains("X-Alarm-Token");
		}
		// a user's bearer token is not an alarm token either
		Api.Response user = api.as("dispatcher").post("/api/v1/cases/alarms", alarm(id, "fire-lane-blocked"));
		assertThat(user.status()).isEqualTo(401);
		assertThat(api.as("dispatcher").get("/api/v1/cases?text=" + id).json().path("total").asInt()).isZero();
	}

	@Test
	void badAlarmsAreNamed() {
		Api.Response unknownType = post(TOKEN, alarm(CaseApiFixture.marker(), "ufo-sighting"));
		assertThat(unknownType.status()).isEqualTo(422);
		assertThat(unknownType.errorFields()).containsExactly("type");
		assertThat(unknownType.json().path("errors").get(0).path("message").asString()).contains("ufo-sighting");

		Map<String, Object> outside = alarm(CaseApiFixture.marker(), "smoke");
		outside.put("location", Map.of("lat", 39.9, "lng", 116.4));
		Api.Response far = post(TOKEN, outside);
		assertThat(far.status()).isEqualTo(422);
		assertThat(far.errorFields()).containsExactly("location");

		Map<String, Object> broken = alarm(CaseApiFixture.marker(), "smoke");
		broken.put("snapshot", Base64.getEncoder().encodeToString("not a picture".getBytes()));
		Api.Response notImage = post(TOKEN, broken);
		assertThat(notImage.status()).isEqualTo(415);
		assertThat(notImage.errorFields()).containsExactly("snapshot");

		Map<String, Object> invalid = alarm(CaseApiFixture.marker(), "smoke");
		invalid.remove("deviceId");
		invalid.put("snapshotUrl", "javascript:alert(1)");
		Api.Response named = post(TOKEN, invalid);
		assertThat(named.status()).isEqualTo(422);
		assertThat(named.errorFields()).containsExactlyInAnyOrder("deviceId", "snapshotUrl");
	}
}

package org.civicgrid.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 联动应急 over HTTP: a community's broadcast reaches its channel and every courtyard's, once per channel, live as
 * any post; members acknowledge their channel's post once and the counts follow; residents and other communities'
 * staff cannot send or read it, and every refusal names its field.
 */
class BroadcastApiTests extends ApiTest {

	@Test
	void aCommunityBroadcastReachesEveryChannelAndCountsAcknowledgements() {
		var sent = api.as("community1").post("/api/v1/messaging/broadcasts", Map.of("regionCode", "410105560001",
				"title", "燃气泄漏紧急通知", "body", "3号楼发生燃气泄漏，请立即关闭燃气阀门，勿用明火，有序撤离。", "ackMinutes", 5));
		assertThat(sent.status()).as(sent.body()).isEqualTo(201);
		JsonNode b = sent.json();
		int channels = b.path("channels").size();
		int courtyards = 0;
		for (JsonNode c : api.as("community1").get("/api/v1/messaging/channels").json()) {
			if (c.path("channel").path("regionCode").asString().startsWith("410105560001")) {
				courtyards++;
			}
		}
		assertThat(channels).as("the community's channel and each of its courtyards'").isEqualTo(courtyards);
		assertThat(b.path("reached").asInt()).isPositive();
		assertThat(b.path("acknowledged").asInt()).isZero();
		assertThat(b.path("smsDueAt").asString()).isNotBlank();

		// resident1 acknowledges the post in their courtyard's channel, once
		long channel = api.as("resident1").get("/api/v1/messaging/channels").json().get(0).path("channel").path("id")
			.asLong();
		long post = -1;
		for (JsonNode c : b.path("channels")) {
			if (c.path("channelId").asLong() == channel) {
				post = c.path("postId").asLong();
			}
		}
		assertThat(post).as("resident1's courtyard got the broadcast").isPositive();
		JsonNode seen = api.as("resident1").get("/api/v1/messaging/channels/" + channel + "/posts?size=5").json();
		assertThat(seen.get(0).path("kind").asString()).isEqualTo("EMERGENCY");
		assertThat(api.as("resident1").post("/api/v1/messaging/posts/" + post + "/confirm", Map.of()).status())
			.isEqualTo(200);
		assertThat(api.as("resident1").post("/api/v1/messaging/posts/" + post + "/confirm", Map.of()).status())
			.isEqualTo(200);
		assertThat(api.as("gridworker1").post("/api/v1/messaging/posts/" + post + "/confirm", Map.of()).status())
			.isEqualTo(200);
		JsonNode after = api.as("community1").get("/api/v1/messaging/broadcasts/" + b.path("id").asLong()).json();
		assertThat(after.path("acknowledged").asInt()).isEqualTo(2);
		for (JsonNode c : after.path("channels")) {
			if (c.path("channelId").asLong() == channel) {
				assertThat(c.path("acknowledged").asInt()).isEqualTo(2);
				assertThat(c.path("members").asInt()).isGreaterThanOrEqualTo(3);
			}
		}

		// who may not
		String path = "/api/v1/messaging/broadcasts/" + b.path("id").asLong();
		assertThat(api.as("resident1").get(path).status()).isEqualTo(404);
		assertThat(api.as("gridworker2").get(path).status()).isEqualTo(403);
		var resident = api.as("resident1").post("/api/v1/messaging/broadcasts", Map.of("title", "x", "body", "y"));
		assertThat(resident.status()).isEqualTo(403);
		var otherCommunity = api.as("community1").post("/api/v1/messaging/broadcasts", Map.of("regionCode",
				"410105560002", "title", "越界", "body", "不该发出"));
		assertThat(otherCommunity.status()).isEqualTo(403);
		assertThat(otherCommunity.body()).contains("out-of-scope");
		var bad = api.as("community1").post("/api/v1/messaging/broadcasts", Map.of("regionCode", "410105560001",
				"title", " ", "body", "", "ackMinutes", 0));
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.errorFields()).containsExactlyInAnyOrder("title", "body", "ackMinutes");
	}
}

package org.civicgrid.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.civicgrid.messaging.internal.outbound.FakeProvider;
import org.civicgrid.messaging.internal.outbound.OutboundKit;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A channel linked to a WeCom group robot: community1 links the courtyard channel to the configured test robot; its
 * notice then reaches the local server standing in for WeCom once, as text naming the channel, while a resident's
 * question does not; unlinked, nothing more goes. An unknown robot is refused naming the field, and only owners link.
 */
class ChannelRobotTests extends ApiTest {

	@Autowired
	ApplicationContext context;

	private OutboundKit kit;

	@BeforeEach
	void start() {
		kit = OutboundKit.start(context);
	}

	@AfterEach
	void stop() {
		kit.close();
	}

	@Test
	void aLinkedChannelsNoticeGoesToItsRobotOnce() {
		JsonNode courtyard = Joining.courtyardOf(api, "resident1");
		long channel = courtyard.path("id").asLong();
		String robot = "/api/v1/messaging/channels/" + channel + "/robot";
		var unknown = api.as("community1").put(robot, Map.of("robot", "no-such-robot"));
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.errorFields()).containsExactly("robot");
		assertThat(unknown.body()).contains("no-such-robot");
		assertThat(api.as("gridworker1").put(robot, Map.of("robot", OutboundKit.ROBOT)).status()).as("a moderator")
			.isEqualTo(403);
		assertThat(api.as("resident1").put(robot, Map.of("robot", OutboundKit.ROBOT)).status()).isEqualTo(403);
		JsonNode linked = api.as("community1").put(robot, Map.of("robot", OutboundKit.ROBOT)).json();
		assertThat(linked.path("robot").asString()).isEqualTo(OutboundKit.ROBOT);
		assertThat(api.as("gridworker1").get(robot).json().path("robot").asString()).isEqualTo(OutboundKit.ROBOT);

		try {
			String words = "电梯维保通知 " + System.nanoTime();
			api.as("community1").post("/api/v1/messaging/channels/" + channel + "/posts",
					Map.of("kind", "notice", "title", "电梯维保", "body", words));
			api.as("resident1").post("/api/v1/messaging/channels/" + channel + "/posts",
					Map.of("kind", "question", "body", "电梯几点修好？" + words));
			kit.runDue();
			List<FakeProvider.Received> ours = kit.wecom.received().stream().filter(r -> r.body().contains(words))
				.toList();
			assertThat(ours).as("the notice, not the question").hasSize(1);
			assertThat(ours.get(0).query()).containsEntry("key", OutboundKit.ROBOT_KEY);
			assertThat(ours.get(0).body()).contains("【" + courtyard.path("name").asString() + "】").contains("电梯维保\\n")
				.doesNotContain("电梯几点修好");
		}
		finally {
			assertThat(api.as("community1").put(robot, Map.of("robot", "")).json().path("robot").isMissingNode())
				.as("unlinked").isTrue();
		}
		String after = "不再转发 " + System.nanoTime();
		api.as("community1").post("/api/v1/messaging/channels/" + channel + "/posts", Map.of("kind", "notice", "body",
				after));
		kit.runDue();
		assertThat(kit.wecom.received().stream().filter(r -> r.body().contains(after))).isEmpty();
	}
}

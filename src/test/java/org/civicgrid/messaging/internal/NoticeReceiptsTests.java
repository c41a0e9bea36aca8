package org.civicgrid.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.civicgrid.messaging.internal.outbound.FakeProvider;
import org.civicgrid.messaging.internal.outbound.OutboundKit;
import org.civicgrid.testing.ApiTest;
import org.civicgrid.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * 发布通知 with "confirm read" over HTTP: community1's notice is confirmed by resident1 and not by a resident the
 * registry knows; the receipts name each on their side (the author on neither); the reminder sends one SMS with the
 * notice template to the phone the registry keeps, at the local server standing in for Alibaba Cloud SMS, and a
 * second reminder sends nothing more. Members, staff out of scope and a notice that asks for nothing are refused.
 */
class NoticeReceiptsTests extends ApiTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	MovableClock clock;

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
	void whoHasNotConfirmedIsSeenAndRemindedOnce() throws Exception {
		clock.stopAt("2026-12-03T10:20");
		JsonNode courtyard = Joining.courtyardOf(api, "resident1");
		long channel = courtyard.path("id").asLong();
		Joining.Joined joined = Joining.confirmed(api, courtyard, "王秀英", "5678");
		var posted = api.as("community1").post("/api/v1/messaging/channels/" + channel + "/posts", Map.of("kind",
				"notice", "title", "燃气入户安检", "body", "下周一起入户安检，请家中留人。", "confirmRead", true));
		assertThat(posted.status()).as(posted.body()).isEqualTo(201);
		long notice = posted.json().path("id").asLong();
		assertThat(api.as("resident1").post("/api/v1/messaging/posts/" + notice + "/confirm", Map.of()).status())
			.isEqualTo(200);

		JsonNode receipts = api.as("community1").get("/api/v1/messaging/posts/" + notice + "/receipts").json();
		List<String> confirmed = names(receipts.path("confirmed"));
		List<String> waiting = names(receipts.path("waiting"));
		assertThat(confirmed).containsExactly("resident1");
		assertThat(waiting).contains(joined.username(), "gridworker1").doesNotContain("resident1", "community1");
		assertThat(api.as("gridworker1").get("/api/v1/messaging/posts/" + notice + "/receipts").status())
			.as("a moderator by post").isEqualTo(200);
		assertThat(joined.resident().get("/api/v1/messaging/posts/" + notice + "/receipts").status()).isEqualTo(403);
		assertThat(api.as("gridworker2").get("/api/v1/messaging/posts/" + notice + "/receipts").status())
			.isEqualTo(403);
		long plain = api.as("community1").post("/api/v1/messaging/channels/" + channel + "/posts",
				Map.of("kind", "notice", "body", "本周五清理楼道杂物")).json().path("id").asLong();
		var notAsked = api.as("community1").post("/api/v1/messaging/posts/" + plain + "/remind", Map.of());
		assertThat(notAsked.status()).isEqualTo(409);
		assertThat(notAsked.errorFields()).containsExactly("postId");

		JsonNode reminded = api.as("community1").post("/api/v1/messaging/posts/" + notice + "/remind", Map.of()).json();
		assertThat(reminded.path("sent").asInt()).isPositive();
		assertThat(reminded.path("unreachable").asInt()).as("staff have no registry person").isPositive();
		kit.runDue();
		List<FakeProvider.Received> toOurs = kit.sms.received().stream()
			.filter(r -> joined.phone().equals(r.query().get("PhoneNumbers"))).toList();
		assertThat(toOurs).hasSize(1);
		assertThat(toOurs.get(0).query()).containsEntry("TemplateCode", "SMS_CIVICGRID_NOTICE");
		assertThat(toOurs.get(0).query().get("TemplateParam")).contains("燃气入户安检")
			.contains(courtyard.path("name").asString());

		JsonNode again = api.as("community1").post("/api/v1/messaging/posts/" + notice + "/remind", Map.of()).json();
		assertThat(again.path("sent").asInt()).isZero();
		assertThat(again.path("already").asInt()).isEqualTo(reminded.path("sent").asInt());
		kit.runDue();
		assertThat(kit.sms.received().stream().filter(r -> joined.phone().equals(r.query().get("PhoneNumbers"))))
			.hasSize(1);
	}

	private static List<String> names(JsonNode people) {
		List<String> names = new ArrayList<>();
		people.forEach(p -> names.add(p.path("username").asString()));
		return names;
	}
}

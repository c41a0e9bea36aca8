package org.civicgrid.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * 联动应急 to the end: a resident confirmed against the registry (the staff name the person, who must live where the
 * channel is) does not acknowledge an emergency; when its minutes are over, one SMS with the reminder template goes
 * to the phone the registry keeps for them, at the local server standing in for Alibaba Cloud SMS, and to nobody
 * who acknowledged; the broadcast then says how many were sent and how many had no phone on record, and a second
 * look sends nothing more.
 */
class BroadcastSmsTests extends ApiTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	ApplicationContext context;

	@Autowired
	MovableClock clock;

	@Autowired
	BroadcastReminders reminders;

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
	void whoDidNotAcknowledgeIsSentOneSmsAtThePhoneTheRegistryKeeps() throws Exception {
		clock.stopAt("2026-12-02T09:00");
		JsonNode courtyard = Joining.courtyardOf(api, "resident1");
		assertThat(courtyard.path("regionCode").asString()).startsWith(Joining.GRID);
		long channel = courtyard.path("id").asLong();
		Joining.Joined joined = Joining.confirmed(api, courtyard, "李建国", "4321");
		String phone = joined.phone();

		var sent = api.as("community1").post("/api/v1/messaging/broadcasts", Map.of("regionCode", "410105560001",
				"title", "暴雨红色预警", "body", "今晚有特大暴雨，请勿外出，低洼处住户请立即转移到社区服务中心。", "ackMinutes", 5));
		assertThat(sent.status()).as(sent.body()).isEqualTo(201);
		long broadcast = sent.json().path("id").asLong();
		long post = Joining.postIn(sent.json(), channel);
		// resident1 acknowledges; the new resident does not
		assertThat(api.as("resident1").post("/api/v1/messaging/posts/" + post + "/confirm", Map.of()).status())
			.isEqualTo(200);

		clock.stopAt("2026-12-02T09:04:59");
		assertThat(reminders.runDue()).extracting(BroadcastReminders.Reminded::broadcastId).doesNotContain(broadcast);
		assertThat(kit.runDue()).isZero();

		clock.stopAt("2026-12-02T09:05");
		List<BroadcastReminders.Reminded> done = reminders.runDue();
		BroadcastReminders.Reminded ours = done.stream().filter(r -> r.broadcastId() == broadcast).findFirst()
			.orElseThrow();
		int delivered = kit.runDue();
		assertThat(delivered).as("one SMS per reminded member with a person")
			.isEqualTo(done.stream().mapToInt(BroadcastReminders.Reminded::sent).sum());
		List<FakeProvider.Received> toOurs = kit.sms.received().stream()
			.filter(r -> phone.equals(r.query().get("PhoneNumbers"))).toList();
		assertThat(toOurs).hasSize(1);
		Map<String, String> q = toOurs.get(0).query();
		assertThat(q).containsEntry("TemplateCode", "SMS_CIVICGRID_EMERGENCY").containsEntry("Action", "SendSms");
		Map<String, String> params = new LinkedHashMap<>();
		params.put("title", "暴雨红色预警");
		params.put("channel", courtyard.path("name").asString());
		assertThat(JSON.readTree(q.get("TemplateParam"))).isEqualTo(JSON.valueToTree(params));

		JsonNode after = api.as("community1").get("/api/v1/messaging/broadcasts/" + broadcast).json();
		assertThat(after.path("smsDoneAt").asString()).startsWith("2026-12-02T01:05");
		assertThat(after.path("smsCount").asInt()).isEqualTo(ours.sent());
		assertThat(after.path("smsUnreachable").asInt()).isEqualTo(ours.unreachable());
		assertThat(ours.sent() + ours.unreachable()).as("everyone reached who did not acknowledge")
			.isEqualTo(after.path("reached").asInt() - after.path("acknowledged").asInt());
		assertThat(ours.unreachable()).as("staff have no registry person").isPositive();

		// once: a second look claims nothing, the deliveries are not asked again
		clock.stopAt("2026-12-02T09:30");
		assertThat(reminders.runDue()).extracting(BroadcastReminders.Reminded::broadcastId).doesNotContain(broadcast);
		assertThat(kit.runDue()).isZero();
		assertThat(joined.resident().get("/api/v1/messaging/channels").json().toString()).contains(courtyard.path("name")
			.asString());
	}

	@Test
	void aConfirmationNamesSomeoneTheRegistryPlacesInTheChannel() {
		JsonNode courtyard = Joining.courtyardOf(api, "resident1");
		long channel = courtyard.path("id").asLong();
		long elsewhere = Joining.residentIn(api, "410105560001002");

		long account = Joining.asks(api, courtyard.path("joinCode").asString()).account();
		String approve = "/api/v1/messaging/channels/" + channel + "/members/" + account + "/approve";
		var unknown = api.as("community1").post(approve, Map.of("personId", 999999999));
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.errorFields()).containsExactly("personId");
		assertThat(unknown.body()).contains("999999999");
		var other = api.as("community1").post(approve, Map.of("personId", elsewhere));
		assertThat(other.status()).isEqualTo(422);
		assertThat(other.errorFields()).containsExactly("personId");
		assertThat(other.body()).contains("不住在").contains(courtyard.path("name").asString());
		// nothing was decided: the request still waits
		JsonNode pending = api.as("community1").get("/api/v1/messaging/channels/" + channel + "/members?state=PENDING")
			.json();
		assertThat(pending.toString()).contains("\"accountId\":" + account);
		// another grid's grid worker cannot look the person up through a confirmation
		assertThat(api.as("gridworker2").post(approve, Map.of("personId", elsewhere)).status()).isEqualTo(403);
	}
}

package org.civicgrid.messaging;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicgrid.messaging.internal.outbound.OutboundKit;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.testing.ApiTest;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.shared.ProblemAssertions.assertProblem;

/**
 * The delivery log over HTTP: administrators and street staff read it within their scope, with phones masked;
 * everyone else is refused. Members read and change their own SMS choices.
 */
class OutboundApiTests extends ApiTest {

	static final String LOG = "/api/v1/messaging/outbound/deliveries";
	static final String PREFERENCES = "/api/v1/messaging/outbound/preferences";

	@Autowired
	ApplicationContext context;

	@Autowired
	Outbound outbound;

	@Autowired
	MovableClock clock;

	private OutboundKit kit;
	private String key;

	@BeforeEach
	void start() {
		kit = OutboundKit.start(context);
		key = "api-test:" + System.nanoTime();
	}

	@AfterEach
	void stop() {
		kit.close();
	}

	private OutboundRequest sms(String messageKey, long person, String region, PostKind kind) {
		return new OutboundRequest(messageKey, OutboundRecipient.person(person), kind, region,
				OutboundContent.sms("SMS_465970123", Map.of("title", "停水通知")));
	}

	/** The log's rows for this test's message key. */
	private static List<JsonNode> rows(Api who, String query) {
		var r = who.get(LOG + "?size=500&" + query);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		List<JsonNode> rows = new ArrayList<>();
		r.json().get("items").forEach(rows::add);
		return rows;
	}

	@Test
	void streetStaffReadTheLogOfTheirStreetWithPhonesMaskedAndStatesAttemptsAndErrors() {
		String phone = OutboundKit.mobile("5678");
		long person = OutboundKit.resident(api, "刘桂芳", phone);
		clock.stopAt("2026-12-02T09:00");
		kit.sms.then(503, "");
		long retried = outbound.send(sms(key + ":a", person, "410105560001001", PostKind.NOTICE)).deliveryId();
		kit.runDue(); // alone, so the scripted 503 meets this request (the senders run in parallel)
		long sent = outbound.send(sms(key + ":b", person, "410105560001001", PostKind.EMERGENCY)).deliveryId();
		long elsewhere = outbound.send(sms(key + ":c", person, "410105561001001", PostKind.NOTICE)).deliveryId();
		kit.runDue();

		var dispatcher = api.as("dispatcher");
		List<JsonNode> seen = rows(dispatcher, "messageKey=" + key);
		assertThat(seen).extracting(n -> n.get("id").asLong()).containsExactlyInAnyOrder(retried, sent);
		JsonNode pending = seen.stream().filter(n -> n.get("id").asLong() == retried).findFirst().orElseThrow();
		assertThat(pending.get("state").asString()).isEqualTo("PENDING");
		assertThat(pending.get("channel").asString()).isEqualTo("SMS");
		assertThat(pending.get("kind").asString()).isEqualTo("NOTICE");
		assertThat(pending.get("attempts").asInt()).isEqualTo(1);
		assertThat(pending.get("lastError").asString()).isEqualTo("HTTP 503");
		assertThat(pending.get("recipient").asString()).isEqualTo(phone.substring(0, 3) + "****5678");
		assertThat(pending.get("nextAttemptAt").asString()).isEqualTo("2026-12-02T01:00:30Z");
		assertThat(pending.get("templateCode").asString()).isEqualTo("SMS_465970123");
		JsonNode done = seen.stream().filter(n -> n.get("id").asLong() == sent).findFirst().orElseThrow();
		assertThat(done.get("state").asString()).isEqualTo("SENT");
		assertThat(done.get("providerId").asString()).isEqualTo("900619746936498440^0");
		assertThat(done.get("sentAt").asString()).isEqualTo("2026-12-02T01:00:00Z");
		assertThat(done.has("nextAttemptAt")).isFalse();
		assertThat(dispatcher.get(LOG + "?size=500&messageKey=" + key).body()).doesNotContain(phone);

		assertThat(rows(dispatcher, "messageKey=" + key + "&state=SENT")).extracting(n -> n.get("id").asLong())
			.containsExactly(sent);
		assertThat(rows(dispatcher, "messageKey=" + key + "&channel=WECOM_ROBOT")).isEmpty();
		assertThat(rows(api.as("admin"), "messageKey=" + key)).extracting(n -> n.get("id").asLong())
			.as("the district's administrator sees the other street too").contains(elsewhere);
	}

	@Test
	void theLogSortsAndPages() {
		long person = OutboundKit.resident(api, "陈志强", OutboundKit.mobile("1111"));
		for (int i = 0; i < 3; i++) {
			outbound.send(sms(key + ":" + i, person, "410105560001001", PostKind.NOTICE));
		}
		var r = api.as("dispatcher").get(LOG + "?messageKey=" + key + "&size=2&page=1&sort=createdAt,asc");
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.json().get("total").asLong()).isEqualTo(3);
		assertThat(r.json().get("items")).hasSize(1);
		assertThat(r.json().get("items").get(0).get("messageKey").asString()).isEqualTo(key + ":2");
	}

	@Test
	void everyoneButAdministratorsAndStreetStaffIsRefused() {
		for (String who : List.of("resident1", "volunteer1", "gridworker1", "community1", "leader", "supervisor",
				"handler")) {
			assertProblem(api.as(who).get(LOG), 403, "forbidden");
			assertProblem(api.as(who).get(LOG + "/export.xlsx"), 403, "forbidden");
		}
		assertThat(api.get(LOG).status()).isEqualTo(401);
		assertThat(api.get(PREFERENCES).status()).isEqualTo(401);
	}

	@Test
	void badParametersAreProblemsNamingTheField() {
		var dispatcher = api.as("dispatcher");
		var state = dispatcher.get(LOG + "?state=LOST");
		assertProblem(state, 400, "validation");
		assertThat(state.errorFields()).containsExactly("state");
		assertThat(dispatcher.get(LOG + "?channel=FAX").errorFields()).containsExactly("channel");
		assertThat(dispatcher.get(LOG + "?sort=phone,asc").errorFields()).containsExactly("sort");
		assertThat(dispatcher.get(LOG + "?size=0").errorFields()).containsExactly("size");
		var longKey = dispatcher.inEnglish().get(LOG + "?messageKey=" + "k".repeat(201));
		assertProblem(longKey, 400, "validation");
		assertThat(longKey.errorFields()).containsExactly("messageKey");
		assertThat(longKey.json().get("errors").get(0).get("message").asString()).isEqualTo("at most 200 characters");
	}

	@Test
	void theLogExportsAsAWorkbookWithPhonesMasked() throws Exception {
		String phone = OutboundKit.mobile("2468");
		long person = OutboundKit.resident(api, "赵文华", phone);
		clock.stopAt("2026-12-02T09:00");
		long id = outbound.send(sms(key, person, "410105560001001", PostKind.EMERGENCY)).deliveryId();
		kit.runDue();

		var r = api.as("dispatcher").getBytes(LOG + "/export.xlsx?messageKey=" + key);
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.headers().firstValue("content-type").orElse(""))
			.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
			Sheet sheet = book.getSheetAt(0);
			Row header = sheet.getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("编号");
			assertThat(header.getCell(3).getStringCellValue()).isEqualTo("接收方");
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			Row row = sheet.getRow(1);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo(String.valueOf(id));
			assertThat(row.getCell(2).getStringCellValue()).isEqualTo("短信");
			assertThat(row.getCell(3).getStringCellValue()).isEqualTo(phone.substring(0, 3) + "****2468");
			assertThat(row.getCell(4).getStringCellValue()).isEqualTo("联动应急");
			assertThat(row.getCell(8).getStringCellValue()).isEqualTo("已发送");
		}
		var audit = api.as("admin").get("/api/v1/audit?action=OUTBOUND_DELIVERIES_EXPORTED&actor=dispatcher&size=500");
		assertThat(audit.json().get("items").valueStream().map(e -> e.get("detail").asString()))
			.anySatisfy(d -> assertThat(d).contains("messageKey=" + key).contains("rows 1"));
	}

	@Test
	void aMemberReadsAndChangesOnlyTheirOwnChoices() {
		var resident = api.as("resident1");
		var volunteer = api.as("volunteer1");
		try {
			var mine = resident.get(PREFERENCES);
			assertThat(mine.status()).isEqualTo(200);
			JsonNode kinds = mine.json().get("kinds");
			assertThat(kinds.valueStream().map(k -> k.get("kind").asString())).containsExactly("NOTICE",
					"APPOINTMENT", "RELAY", "GOOD_NEWS", "QUESTION", "SUGGESTION", "EMERGENCY");
			JsonNode emergency = kinds.get(6);
			assertThat(emergency.get("sms").asBoolean()).isTrue();
			assertThat(emergency.get("locked").asBoolean()).isTrue();

			var changed = resident.put(PREFERENCES, Map.of("smsKinds", List.of("GOOD_NEWS")));
			assertThat(changed.status()).isEqualTo(200);
			assertThat(changed.json().get("kinds").valueStream()
				.filter(k -> k.get("sms").asBoolean()).map(k -> k.get("kind").asString()))
				.containsExactly("GOOD_NEWS", "EMERGENCY");
			assertThat(resident.get(PREFERENCES).json().get("kinds").get(0).get("chosen").asBoolean()).isTrue();

			long residentId = mine.json().get("accountId").asLong();
			var theirs = volunteer.get(PREFERENCES).json();
			assertThat(theirs.get("accountId").asLong()).isNotEqualTo(residentId);
			assertThat(theirs.get("kinds").get(3).get("kind").asString()).isEqualTo("GOOD_NEWS");
			assertThat(theirs.get("kinds").get(3).get("sms").asBoolean()).as("another member's choice is theirs")
				.isFalse();
		}
		finally {
			resident.put(PREFERENCES, Map.of("smsKinds", List.of("NOTICE")));
		}
	}

	@Test
	void aChoiceOfAnUnknownKindOrOfNothingIsAProblemNamingSmsKinds() {
		var resident = api.as("resident1");
		var unknown = resident.put(PREFERENCES, Map.of("smsKinds", List.of("GOSSIP")));
		assertProblem(unknown, 400, "malformed-body");
		assertThat(unknown.errorFields()).containsExactly("smsKinds[0]");
		var missing = resident.put(PREFERENCES, Map.of());
		assertProblem(missing, 422, "validation");
		assertThat(missing.errorFields()).containsExactly("smsKinds");
		// a kind of post that is no use of a channel (a reply) is no choice either, and nothing is changed
		String before = resident.get(PREFERENCES).body();
		var reply = resident.put(PREFERENCES, Map.of("smsKinds", List.of("NOTICE", "REPLY")));
		assertProblem(reply, 422, "validation");
		assertThat(reply.errorFields()).containsExactly("smsKinds");
		assertThat(reply.body()).contains("七类消息");
		assertThat(resident.get(PREFERENCES).body()).isEqualTo(before);
	}

	@Test
	void aRequestThatCannotBeDeliveredIsRefusedNamingEveryField() {
		assertThatThrownBy(() -> outbound.send(new OutboundRequest(" ", OutboundRecipient.robot("nobody"), null, "4101x",
				OutboundContent.text("x".repeat(2049)))))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
				.extracting(p -> p.field())
				.containsExactly("messageKey", "kind", "regionCode", "content.text", "recipient.name"));
		assertThatThrownBy(() -> outbound.send(new OutboundRequest(key, OutboundRecipient.robot(OutboundKit.ROBOT),
				PostKind.NOTICE, "410105560001", OutboundContent.sms("SMS 1", Map.of()))))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
				.extracting(p -> p.field())
				.containsExactly("content.templateCode", "content"));
	}
}

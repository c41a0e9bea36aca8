package org.civicgrid.messaging.internal.outbound;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.civicgrid.messaging.DeliveryState;
import org.civicgrid.messaging.Outbound;
import org.civicgrid.messaging.OutboundContent;
import org.civicgrid.messaging.OutboundReceipt;
import org.civicgrid.messaging.OutboundRecipient;
import org.civicgrid.messaging.OutboundRequest;
import org.civicgrid.messaging.PostKind;
import org.civicgrid.testing.ApiTest;
import org.civicgrid.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deliveries from the request to the provider on the real database and registry: a resident registered with a
 * phone, the application's {@link Outbound}, and a worker whose adapters speak to local servers. Time is the
 * application's {@link MovableClock}: each test stops it on a weekday at 09:00 in Shanghai (or at night for the
 * quiet hours) and moves it to the retries.
 */
@ExtendWith(OutputCaptureExtension.class)
class DeliveryWorkerTests extends ApiTest {

	static final String GRID = "410105560001001";
	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	ApplicationContext context;

	@Autowired
	Outbound outbound;

	@Autowired
	MovableClock clock;

	private OutboundKit kit;
	private String key;

	@BeforeEach
	void start(TestInfo test) {
		kit = OutboundKit.start(context);
		key = "test:" + test.getTestMethod().orElseThrow().getName() + ":" + System.nanoTime();
	}

	@AfterEach
	void stop() {
		kit.close();
		// back to the test profile's levels (application-test.yml)
		LoggingSystem.get(getClass().getClassLoader()).setLogLevel("org.civicgrid", LogLevel.INFO);
		LoggingSystem.get(getClass().getClassLoader()).setLogLevel("org.springframework.jdbc", null);
	}

	private OutboundRequest sms(String messageKey, OutboundRecipient to, PostKind kind) {
		return new OutboundRequest(messageKey, to, kind, GRID, AliyunSmsTests.notice());
	}

	private long resident(String phone) {
		return OutboundKit.resident(api, "王秀兰", phone);
	}

	private DeliveryState state(long id) {
		return DeliveryState.valueOf((String) kit.row(id).get("state"));
	}

	private Instant next(long id) {
		return ((java.sql.Timestamp) kit.row(id).get("next_attempt_at")).toInstant();
	}

	@Test
	void anSmsGoesOutWithThePhoneFromTheVaultTheTemplateAndItsParameters() throws Exception {
		String phone = OutboundKit.mobile("5678");
		long person = resident(phone);
		clock.stopAt("2026-12-02T09:00");

		OutboundReceipt receipt = outbound.send(sms(key, OutboundRecipient.person(person), PostKind.NOTICE));
		assertThat(receipt.state()).isEqualTo(DeliveryState.PENDING);
		assertThat(receipt.duplicate()).isFalse();
		assertThat(kit.sms.received()).isEmpty();

		assertThat(kit.runDue()).isEqualTo(1);

		Map<String, String> q = kit.sms.only().query();
		assertThat(q).containsEntry("PhoneNumbers", phone)
			.containsEntry("TemplateCode", "SMS_465970123")
			.containsEntry("SignName", "如意湖街道")
			.containsEntry("Action", "SendSms")
			.containsEntry("Version", "2017-05-25")
			.containsEntry("Timestamp", "2026-12-02T01:00:00Z")
			.containsEntry("OutId", "civicgrid-" + receipt.deliveryId());
		assertThat(JSON.readTree(q.get("TemplateParam")))
			.isEqualTo(JSON.readTree("{\"title\":\"停水通知\",\"time\":\"12月3日 08:00-12:00\"}"));
		assertThat(q.get("Signature")).isEqualTo(AliyunSigning.expectedSignature(q, OutboundKit.SECRET));

		Map<String, Object> row = kit.row(receipt.deliveryId());
		assertThat(row).containsEntry("state", "SENT").containsEntry("attempts", 1)
			.containsEntry("provider_id", "900619746936498440^0")
			.containsEntry("recipient_label", phone.substring(0, 3) + "****5678")
			.containsEntry("person_id", person);
		assertThat(row.values()).allSatisfy(v -> assertThat(String.valueOf(v)).doesNotContain(phone));

		var opened = api.as("admin").get("/api/v1/audit?action=PERSONAL_DATA_OPENED_FOR_DELIVERY&size=500").json()
			.get("items");
		assertThat(opened.valueStream().filter(e -> e.get("target").asString().equals("person:" + person)))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.get("actor").asString()).isEqualTo("system");
				assertThat(e.get("regionCode").asString()).isEqualTo(GRID);
				assertThat(e.get("detail").asString()).contains("outbound delivery " + receipt.deliveryId());
			});
	}

	@Test
	void aServerErrorIsRetriedWithABackoffThatDoubles() {
		long person = resident(OutboundKit.mobile("0001"));
		clock.stopAt("2026-12-02T09:00");
		kit.sms.then(503, "<html>503 Service Temporarily Unavailable</html>").then(500,
				"{\"Code\":\"isp.SYSTEM_ERROR\",\"Message\":\"System error\",\"RequestId\":\"R2\"}");
		long id = outbound.send(sms(key, OutboundRecipient.person(person), PostKind.NOTICE)).deliveryId();

		kit.runDue();
		assertThat(kit.row(id)).containsEntry("state", "PENDING").containsEntry("attempts", 1)
			.containsEntry("last_error", "HTTP 503");
		assertThat(next(id)).isEqualTo(Instant.parse("2026-12-02T01:00:30Z"));

		clock.advance(Duration.ofSeconds(29));
		assertThat(kit.runDue()).isZero();
		clock.advance(Duration.ofSeconds(1));
		assertThat(kit.runDue()).isEqualTo(1);
		assertThat(kit.row(id)).containsEntry("state", "PENDING").containsEntry("attempts", 2)
			.containsEntry("last_error", "isp.SYSTEM_ERROR: System error");
		assertThat(next(id)).isEqualTo(Instant.parse("2026-12-02T01:01:30Z"));

		clock.advance(Duration.ofSeconds(59));
		assertThat(kit.runDue()).isZero();
		clock.advance(Duration.ofSeconds(1));
		assertThat(kit.runDue()).isEqualTo(1);
		assertThat(kit.row(id)).containsEntry("state", "SENT").containsEntry("attempts", 3).containsEntry("last_error", null);
		assertThat(kit.sms.received()).hasSize(3);
	}

	@Test
	void theProvidersRateLimitIsTriedAgainTenMinutesLater() {
		long person = resident(OutboundKit.mobile("0002"));
		clock.stopAt("2026-12-02T09:00");
		kit.sms.then(200, """
				{"Message":"触发分钟级流控Permits:1","RequestId":"R3","Code":"isv.BUSINESS_LIMIT_CONTROL"}""");
		long id = outbound.send(sms(key, OutboundRecipient.person(person), PostKind.NOTICE)).deliveryId();

		kit.runDue();
		assertThat(kit.row(id)).containsEntry("state", "PENDING").containsEntry("attempts", 1)
			.containsEntry("last_error", "isv.BUSINESS_LIMIT_CONTROL: 触发分钟级流控Permits:1");
		assertThat(next(id)).isEqualTo(Instant.parse("2026-12-02T01:10:00Z"));
		clock.advance(Duration.ofMinutes(9));
		assertThat(kit.runDue()).isZero();
		clock.advance(Duration.ofMinutes(1));
		kit.runDue();
		assertThat(state(id)).isEqualTo(DeliveryState.SENT);
	}

	@Test
	void aPermanentRefusalFailsAtOnceAndIsNeverTriedAgain() {
		long person = resident(OutboundKit.mobile("0003"));
		clock.stopAt("2026-12-02T09:00");
		kit.sms.standing(200, "{\"Message\":\"模板不合法\",\"RequestId\":\"R4\",\"Code\":\"isv.SMS_TEMPLATE_ILLEGAL\"}");
		long id = outbound.send(sms(key, OutboundRecipient.person(person), PostKind.NOTICE)).deliveryId();

		kit.runDue();
		assertThat(kit.row(id)).containsEntry("state", "FAILED").containsEntry("attempts", 1)
			.containsEntry("last_error", "isv.SMS_TEMPLATE_ILLEGAL: 模板不合法");
		clock.advance(Duration.ofHours(2));
		assertThat(kit.runDue()).isZero();
		assertThat(kit.sms.received()).hasSize(1);
	}

	@Test
	void aDeliveryThatKeepsFailingIsGivenUpAfterTheLastAttempt() {
		kit.close();
		kit = OutboundKit.start(context, 300, 3);
		long person = resident(OutboundKit.mobile("0004"));
		clock.stopAt("2026-12-02T09:00");
		kit.sms.standing(502, "");
		long id = outbound.send(sms(key, OutboundRecipient.person(person), PostKind.NOTICE)).deliveryId();
		for (int i = 0; i < 5; i++) {
			kit.runDue();
			clock.advance(Duration.ofMinutes(5));
		}
		assertThat(kit.row(id)).containsEntry("state", "FAILED").containsEntry("attempts", 3)
			.containsEntry("last_error", "gave up after 3 attempts: HTTP 502");
		assertThat(kit.sms.received()).hasSize(3);
	}

	@Test
	void theSameMessageAskedTwiceReachesTheRecipientOnce() throws Exception {
		long person = resident(OutboundKit.mobile("0005"));
		clock.stopAt("2026-12-02T09:00");
		OutboundRequest request = sms(key, OutboundRecipient.person(person), PostKind.EMERGENCY);

		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Callable<OutboundReceipt>> asks = java.util.Collections.nCopies(8, () -> {
				go.await();
				return outbound.send(request);
			});
			List<Future<OutboundReceipt>> answers = asks.stream().map(pool::submit).toList();
			go.countDown();
			List<OutboundReceipt> receipts = new java.util.ArrayList<>();
			for (Future<OutboundReceipt> f : answers) {
				receipts.add(f.get());
			}
			assertThat(receipts).extracting(OutboundReceipt::deliveryId).containsOnly(receipts.get(0).deliveryId());
			assertThat(receipts).filteredOn(r -> !r.duplicate()).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		kit.runDue();
		OutboundReceipt later = outbound.send(request);
		assertThat(later.duplicate()).isTrue();
		assertThat(later.state()).isEqualTo(DeliveryState.SENT);
		kit.runDue();
		assertThat(kit.sms.received()).hasSize(1);
	}

	@Test
	void twoNodesSendEachDeliveryOnce() throws Exception {
		long person = resident(OutboundKit.mobile("0006"));
		clock.stopAt("2026-12-02T09:00");
		kit.sms.standing(200, OutboundKit.OK);
		for (int i = 0; i < 40; i++) {
			outbound.send(sms(key + ":" + i, OutboundRecipient.person(person), PostKind.NOTICE));
		}
		DeliveryWorker one = kit.node();
		DeliveryWorker two = kit.node();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch go = new CountDownLatch(1);
			int picked = 0;
			for (int pass = 0; pass < 2; pass++) {
				Future<Integer> a = pool.submit(() -> {
					go.await();
					return one.runDue();
				});
				Future<Integer> b = pool.submit(() -> {
					go.await();
					return two.runDue();
				});
				go.countDown();
				picked += a.get() + b.get();
			}
			assertThat(picked).isEqualTo(40);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(kit.sms.received()).extracting(r -> r.query().get("OutId")).hasSize(40).doesNotHaveDuplicates();
	}

	@Test
	void theBudgetPerMinuteHoldsAndEmergenciesGoFirst() {
		kit.close();
		kit = OutboundKit.start(context, 2, 5);
		long person = resident(OutboundKit.mobile("0007"));
		clock.stopAt("2026-12-02T09:17:10");
		long first = outbound.send(sms(key + ":1", OutboundRecipient.person(person), PostKind.NOTICE)).deliveryId();
		long second = outbound.send(sms(key + ":2", OutboundRecipient.person(person), PostKind.NOTICE)).deliveryId();
		long alarm = outbound.send(sms(key + ":3", OutboundRecipient.person(person), PostKind.EMERGENCY)).deliveryId();

		assertThat(kit.runDue()).isEqualTo(2);
		assertThat(state(alarm)).isEqualTo(DeliveryState.SENT);
		assertThat(state(first)).isEqualTo(DeliveryState.SENT);
		assertThat(state(second)).isEqualTo(DeliveryState.PENDING);
		clock.advance(Duration.ofSeconds(49));
		assertThat(kit.runDue()).as("the minute's budget is spent").isZero();
		assertThat(kit.node().runDue()).as("on every node").isZero();
		clock.advance(Duration.ofSeconds(1));
		assertThat(kit.runDue()).isEqualTo(1);
		assertThat(state(second)).isEqualTo(DeliveryState.SENT);
	}

	@Test
	void aNoticeAtNightWaitsForTheMorningAndAnEmergencyGoesAtOnce() {
		long person = resident(OutboundKit.mobile("0008"));
		clock.stopAt("2026-12-02T23:10");
		OutboundReceipt notice = outbound.send(sms(key + ":notice", OutboundRecipient.person(person), PostKind.NOTICE));
		OutboundReceipt alarm = outbound.send(sms(key + ":alarm", OutboundRecipient.person(person), PostKind.EMERGENCY));
		assertThat(notice.state()).isEqualTo(DeliveryState.DEFERRED);
		assertThat(next(notice.deliveryId())).isEqualTo(Instant.parse("2026-12-02T23:00:00Z"));
		assertThat(alarm.state()).isEqualTo(DeliveryState.PENDING);

		assertThat(kit.runDue()).isEqualTo(1);
		assertThat(state(alarm.deliveryId())).isEqualTo(DeliveryState.SENT);
		assertThat(kit.sms.received()).extracting(r -> r.query().get("OutId"))
			.containsExactly("civicgrid-" + alarm.deliveryId());

		clock.stopAt("2026-12-03T06:59:59");
		assertThat(kit.runDue()).isZero();
		clock.advance(Duration.ofSeconds(1));
		assertThat(kit.runDue()).isEqualTo(1);
		assertThat(state(notice.deliveryId())).isEqualTo(DeliveryState.SENT);
	}

	@Test
	void aRetryThatWouldFallIntoTheNightWaitsForTheMorning() {
		long person = resident(OutboundKit.mobile("0009"));
		clock.stopAt("2026-12-02T21:59:50");
		kit.sms.then(503, "");
		long id = outbound.send(sms(key, OutboundRecipient.person(person), PostKind.NOTICE)).deliveryId();
		kit.runDue();
		assertThat(kit.row(id)).containsEntry("state", "DEFERRED").containsEntry("attempts", 1);
		assertThat(next(id)).isEqualTo(Instant.parse("2026-12-02T23:00:00Z"));
	}

	@Test
	void aMembersChoiceDecidesWhichKindsReachThemBySms() {
		long person = resident(OutboundKit.mobile("0010"));
		var volunteer = api.as("volunteer1");
		long account = volunteer.get("/api/v1/messaging/outbound/preferences").json().get("accountId").asLong();
		try {
			clock.stopAt("2026-12-02T09:00");
			volunteer = api.as("volunteer1");
			assertThat(volunteer.put("/api/v1/messaging/outbound/preferences", Map.of("smsKinds", List.of("NOTICE")))
				.status()).isEqualTo(200);
			OutboundRecipient member = OutboundRecipient.member(account, person);

			OutboundReceipt goodNews = outbound.send(sms(key + ":good", member, PostKind.GOOD_NEWS));
			assertThat(goodNews.state()).as("not chosen").isEqualTo(DeliveryState.SKIPPED);
			OutboundReceipt notice = outbound.send(sms(key + ":notice", member, PostKind.NOTICE));
			assertThat(notice.state()).isEqualTo(DeliveryState.PENDING);
			// the member changes their mind before the worker comes by: it asks again when it sends
			volunteer.put("/api/v1/messaging/outbound/preferences", Map.of("smsKinds", List.of()));
			OutboundReceipt alarm = outbound.send(sms(key + ":alarm", member, PostKind.EMERGENCY));

			kit.runDue();
			assertThat(kit.row(notice.deliveryId())).containsEntry("state", "SKIPPED")
				.containsEntry("last_error", DeliveryWorker.NOT_BY_SMS).containsEntry("attempts", 0);
			assertThat(state(alarm.deliveryId())).as("emergencies always").isEqualTo(DeliveryState.SENT);
			assertThat(kit.sms.received()).extracting(r -> r.query().get("OutId"))
				.containsExactly("civicgrid-" + alarm.deliveryId());
		}
		finally {
			api.as("volunteer1").put("/api/v1/messaging/outbound/preferences", Map.of("smsKinds", List.of("NOTICE")));
		}
	}

	@Test
	void aRobotGetsTheTextWithItsMentionsAndARateLimitIsTriedAgainAMinuteLater() {
		String phone = OutboundKit.mobile("0011");
		long person = resident(phone);
		clock.stopAt("2026-12-02T23:30");
		kit.wecom.then(200, "{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}");
		OutboundReceipt receipt = outbound.send(new OutboundRequest(key, OutboundRecipient.robot(OutboundKit.ROBOT),
				PostKind.NOTICE, "410105560001", new OutboundContent.RobotText("明日 8:00-12:00 停水，请提前储水。",
						List.of(person), true)));
		assertThat(receipt.state()).as("the quiet hours hold SMS only").isEqualTo(DeliveryState.PENDING);

		kit.runDue();
		assertThat(kit.row(receipt.deliveryId())).containsEntry("state", "PENDING").containsEntry("attempts", 1)
			.containsEntry("recipient_label", OutboundKit.ROBOT)
			.containsEntry("last_error", "errcode 45009: api freq out of limit");
		assertThat(next(receipt.deliveryId())).isEqualTo(Instant.parse("2026-12-02T15:31:00Z"));
		clock.advance(Duration.ofMinutes(1));
		kit.runDue();
		assertThat(state(receipt.deliveryId())).isEqualTo(DeliveryState.SENT);

		assertThat(kit.wecom.received()).hasSize(2).allSatisfy(r -> {
			assertThat(r.method()).isEqualTo("POST");
			assertThat(r.path()).isEqualTo("/cgi-bin/webhook/send");
			assertThat(r.rawQuery()).isEqualTo("key=" + OutboundKit.ROBOT_KEY);
			assertThat(r.body()).isEqualTo("{\"msgtype\":\"text\",\"text\":{\"content\":\"明日 8:00-12:00 停水，请提前储水。\","
					+ "\"mentioned_mobile_list\":[\"" + phone + "\",\"@all\"]}}");
		});
		assertThat(kit.row(receipt.deliveryId()).values()).allSatisfy(v -> assertThat(String.valueOf(v))
			.doesNotContain(phone).doesNotContain(OutboundKit.ROBOT_KEY));
	}

	@Test
	void aPersonWithoutAPhoneOrWithALandlineFailsWithoutAnAttempt() {
		long landline = resident("0371-65123456");
		clock.stopAt("2026-12-02T09:00");
		long id = outbound.send(sms(key, OutboundRecipient.person(landline), PostKind.NOTICE)).deliveryId();
		long nobody = outbound.send(sms(key, OutboundRecipient.person(Long.MAX_VALUE), PostKind.NOTICE)).deliveryId();
		kit.runDue();
		assertThat(kit.row(id)).containsEntry("state", "FAILED").containsEntry("attempts", 0)
			.containsEntry("recipient_label", "****-****3456")
			.containsEntry("last_error", "the phone on record is a landline, which takes no SMS");
		assertThat(kit.row(nobody)).containsEntry("state", "FAILED")
			.containsEntry("last_error", "no phone on record for person " + Long.MAX_VALUE);
		assertThat(kit.sms.received()).isEmpty();
	}

	@Test
	void thePhoneNeverAppearsInClearInTheLogEvenAtDebugAndTrace(CapturedOutput output) {
		String phone = OutboundKit.mobile("4321");
		long person = resident(phone);
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		logging.setLogLevel("org.civicgrid", LogLevel.DEBUG);
		logging.setLogLevel("org.springframework.jdbc", LogLevel.TRACE);
		clock.stopAt("2026-12-02T09:00");
		kit.sms.then(200, "{\"Message\":\"invalid mobile number " + phone + "\",\"RequestId\":\"R9\","
				+ "\"Code\":\"isv.MOBILE_NUMBER_ILLEGAL\"}");
		long refused = outbound.send(sms(key + ":refused", OutboundRecipient.person(person), PostKind.NOTICE))
			.deliveryId();
		kit.runDue(); // one pass each: the senders run in parallel, so the scripted answer must meet its own request
		long sent = outbound.send(sms(key + ":sent", OutboundRecipient.person(person), PostKind.EMERGENCY)).deliveryId();
		kit.runDue();

		String masked = phone.substring(0, 3) + "****4321";
		assertThat(state(sent)).isEqualTo(DeliveryState.SENT);
		assertThat(kit.row(refused)).containsEntry("state", "FAILED")
			.containsEntry("last_error", "isv.MOBILE_NUMBER_ILLEGAL: invalid mobile number " + masked);
		assertThat(output.getAll()).contains("Delivery " + sent + " (SMS to " + masked + ") sent")
			.contains("not accepted").contains("select * from outbound_delivery")
			.doesNotContain(phone).doesNotContain(OutboundKit.SECRET);
	}
}

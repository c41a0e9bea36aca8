package org.civicgrid.messaging.internal.outbound;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.civicgrid.registry.ContactPhones;
import org.civicgrid.shared.time.CalendarSettings;
import org.civicgrid.testing.Api;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outbound delivery as a test runs it: the application's delivery table, registry and preferences, and a worker
 * of the test's own whose adapters speak to two local servers standing in for Alibaba Cloud SMS and WeCom, with
 * the test's secret and limits. The application's own worker does not run in tests; before a test the deliveries
 * other tests left open are closed, so a pass sends only what the test asked for.
 */
public final class OutboundKit implements AutoCloseable {

	public static final String SECRET = "test-access-key-secret";
	public static final String ROBOT = "test-robot";
	public static final String ROBOT_KEY = "test-robot-key";
	public static final String OK = """
			{"Message":"OK","RequestId":"F655A8D5-B967-440B-8683-DAD6FF8DE990","Code":"OK","BizId":"900619746936498440^0"}""";
	public static final String ROBOT_OK = "{\"errcode\":0,\"errmsg\":\"ok\"}";

	private static final Random RANDOM = new Random(System.nanoTime());
	private static final Set<String> USED = ConcurrentHashMap.newKeySet();

	public final FakeProvider sms = FakeProvider.answering(200, OK);
	public final FakeProvider wecom = FakeProvider.answering(200, ROBOT_OK);
	private final ApplicationContext context;
	private final DeliverySettings settings;
	private final List<DeliveryWorker> workers = new java.util.ArrayList<>();

	private OutboundKit(ApplicationContext context, DeliverySettings settings) {
		this.context = context;
		this.settings = settings;
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		jdbc.sql("update outbound_delivery set state = 'FAILED', last_error = 'closed before a test', "
				+ "claimed_until = null where state in ('PENDING', 'DEFERRED')").update();
		jdbc.sql("delete from outbound_rate").update();
	}

	/** The shipped limits: 300 SMS a minute, 5 attempts, quiet hours 22:00–07:00. */
	public static OutboundKit start(ApplicationContext context) {
		return start(context, 300, 5);
	}

	public static OutboundKit start(ApplicationContext context, int smsPerMinute, int maxAttempts) {
		Map<ChannelKind, Integer> rates = new EnumMap<>(ChannelKind.class);
		rates.put(ChannelKind.SMS, smsPerMinute);
		rates.put(ChannelKind.WECOM_ROBOT, 20);
		return new OutboundKit(context, new DeliverySettings(new DeliverySettings.Worker(false, null, 50, 4, null),
				new DeliverySettings.Retry(maxAttempts, Duration.ofSeconds(30), Duration.ofMinutes(30)), rates,
				"22:00-07:00", null));
	}

	/** A worker as one node of the cluster runs it; each call makes another node over the same database. */
	public DeliveryWorker node() {
		Clock clock = context.getBean(Clock.class);
		JsonMapper json = context.getBean(JsonMapper.class);
		WeComSettings robots = new WeComSettings(wecom.base(), Duration.ofSeconds(2), Map.of(ROBOT, ROBOT_KEY));
		QuietHours quiet = QuietHours.of(settings.quietHours(), context.getBean(CalendarSettings.class).zone());
		DeliveryWorker worker = new DeliveryWorker(context.getBean(StoredDeliveries.class),
				List.of(new AliyunSms(new SmsSettings(sms.base(), "test-access-key-id", SECRET, "如意湖街道", null,
						Duration.ofSeconds(2)), json, clock), new WeComRobot(robots, json)),
				context.getBean(ContactPhones.class), context.getBean(SmsPreferences.class), quiet, robots, settings,
				context.getBean(TransactionTemplate.class), clock);
		workers.add(worker);
		return worker;
	}

	/** One pass of the first node. */
	public int runDue() {
		return (workers.isEmpty() ? node() : workers.get(0)).runDue();
	}

	/** The delivery's row as stored. */
	public Map<String, Object> row(long id) {
		return context.getBean(JdbcClient.class).sql("select * from outbound_delivery where id = :id").param("id", id)
			.query().singleRow();
	}

	@Override
	public void close() {
		sms.close();
		wecom.close();
		workers.forEach(DeliveryWorker::destroy);
	}

	/** A fresh mobile number no other test of the JVM uses, 13x with the given last four digits. */
	public static String mobile(String lastFour) {
		while (true) {
			String phone = "13%d%04d%s".formatted(5 + RANDOM.nextInt(5), RANDOM.nextInt(10000), lastFour);
			if (USED.add(phone)) {
				return phone;
			}
		}
	}

	/** Registers a resident of grid 410105560001001 with this phone (as community1) and answers their id. */
	public static long resident(Api api, String name, String phone) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("idNumber", idNumber());
		body.put("phone", phone);
		body.put("gridCode", "410105560001001");
		body.put("actualResidence", "如意湖小区 3 号楼 2 单元 501");
		var r = api.as("community1").post("/api/v1/registry/people?source=HOME_VISIT", body);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asLong();
	}

	/** A valid ID number of someone born in 金水区, its check character computed per GB 11643. */
	static String idNumber() {
		while (true) {
			String first17 = "410105" + LocalDate.of(1950, 1, 1).plusDays(RANDOM.nextInt(50 * 365)).toString()
				.replace("-", "") + "%03d".formatted(RANDOM.nextInt(1000));
			int sum = 0;
			int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
			for (int i = 0; i < 17; i++) {
				sum += (first17.charAt(i) - '0') * weights[i];
			}
			String id = first17 + "10X98765432".charAt(sum % 11);
			if (USED.add(id)) {
				return id;
			}
		}
	}
}

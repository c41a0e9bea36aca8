package org.civicgrid.messaging.internal.outbound;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.civicgrid.messaging.OutboundContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The SMS adapter against a local server standing in for dysmsapi.aliyuncs.com. */
class AliyunSmsTests {

	static final String SECRET = "test-access-key-secret";
	static final String PHONE = "13812345678";
	static final JsonMapper JSON = JsonMapper.builder().build();
	static final Clock AT = Clock.fixed(Instant.parse("2026-12-02T01:00:07.345Z"), ZoneId.of("Asia/Shanghai"));
	static final String OK = """
			{"Message":"OK","RequestId":"F655A8D5-B967-440B-8683-DAD6FF8DE990","Code":"OK","BizId":"900619746936498440^0"}""";

	private FakeProvider provider;

	@AfterEach
	void stop() {
		if (provider != null) {
			provider.close();
		}
	}

	static SmsSettings settings(URI endpoint) {
		return new SmsSettings(endpoint, "test-access-key-id", SECRET, "如意湖街道", null, Duration.ofSeconds(2));
	}

	static OutboundContent.SmsTemplate notice() {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("title", "停水通知");
		params.put("time", "12月3日 08:00-12:00");
		return new OutboundContent.SmsTemplate("SMS_465970123", params);
	}

	private SendOutcome send(FakeProvider to) {
		return new AliyunSms(settings(to.base()), JSON, AT).send(Dispatch.sms(17, PHONE, notice()));
	}

	@Test
	void sendsEveryParameterOfSendSmsSignedWithTheSecret() throws Exception {
		provider = FakeProvider.answering(200, OK);
		SendOutcome outcome = send(provider);

		assertThat(outcome).isEqualTo(new SendOutcome.Sent("900619746936498440^0"));
		FakeProvider.Received r = provider.only();
		assertThat(r.method()).isEqualTo("GET");
		assertThat(r.path()).isEqualTo("/");
		assertThat(r.rawQuery()).startsWith("Signature=");
		Map<String, String> q = r.query();
		assertThat(q.keySet()).containsExactlyInAnyOrder("Signature", "AccessKeyId", "Action", "Format", "OutId",
				"PhoneNumbers", "RegionId", "SignName", "SignatureMethod", "SignatureNonce", "SignatureVersion",
				"TemplateCode", "TemplateParam", "Timestamp", "Version");
		assertThat(q).containsEntry("AccessKeyId", "test-access-key-id")
			.containsEntry("Action", "SendSms")
			.containsEntry("Format", "JSON")
			.containsEntry("OutId", "civicgrid-17")
			.containsEntry("PhoneNumbers", PHONE)
			.containsEntry("RegionId", "cn-hangzhou")
			.containsEntry("SignName", "如意湖街道")
			.containsEntry("SignatureMethod", "HMAC-SHA1")
			.containsEntry("SignatureVersion", "1.0")
			.containsEntry("TemplateCode", "SMS_465970123")
			.containsEntry("Timestamp", "2026-12-02T01:00:07Z")
			.containsEntry("Version", "2017-05-25");
		assertThat(q.get("SignatureNonce")).matches("[0-9a-f-]{36}");
		assertThat(JSON.readTree(q.get("TemplateParam")))
			.isEqualTo(JSON.readTree("{\"time\":\"12月3日 08:00-12:00\",\"title\":\"停水通知\"}"));
		// the query as sent keeps the signature's encoding: a space as %20, never +
		assertThat(r.rawQuery()).contains("08%3A00-12%3A00").doesNotContain("+");
		assertThat(q.get("Signature")).isEqualTo(AliyunSigning.expectedSignature(q, SECRET));
	}

	@Test
	void everyRequestHasItsOwnNonce() {
		provider = FakeProvider.answering(200, OK);
		send(provider);
		send(provider);
		assertThat(provider.received()).extracting(r -> r.query().get("SignatureNonce")).doesNotHaveDuplicates().hasSize(2);
	}

	@Test
	void aServerErrorIsWorthAnotherAttempt() {
		provider = FakeProvider.answering(503, "<html>Service Unavailable</html>");
		assertThat(send(provider)).isEqualTo(SendOutcome.Retry.now("HTTP 503"));
	}

	@Test
	void theProvidersSystemErrorIsWorthAnotherAttempt() {
		provider = FakeProvider.answering(500, """
				{"Message":"System error","RequestId":"A1","Code":"isp.SYSTEM_ERROR"}""");
		assertThat(send(provider)).isEqualTo(SendOutcome.Retry.now("isp.SYSTEM_ERROR: System error"));
	}

	@Test
	void theRateLimitIsTriedAgainAfterTenMinutes() {
		provider = FakeProvider.answering(200, """
				{"Message":"触发小时级流控Permits:5","RequestId":"B2","Code":"isv.BUSINESS_LIMIT_CONTROL"}""");
		assertThat(send(provider)).isEqualTo(new SendOutcome.Retry("isv.BUSINESS_LIMIT_CONTROL: 触发小时级流控Permits:5",
				Duration.ofMinutes(10)));
	}

	@Test
	void throttlingOfTheAccountIsARateLimitToo() {
		provider = FakeProvider.answering(400, """
				{"Message":"Request was denied due to user flow control.","RequestId":"C3","Code":"Throttling.User"}""");
		assertThat(send(provider)).isInstanceOfSatisfying(SendOutcome.Retry.class,
				r -> assertThat(r.atLeast()).isEqualTo(Duration.ofMinutes(10)));
	}

	@Test
	void aWrongNumberIsRefusedForGood() {
		provider = FakeProvider.answering(200, """
				{"Message":"非法手机号","RequestId":"D4","Code":"isv.MOBILE_NUMBER_ILLEGAL"}""");
		assertThat(send(provider)).isEqualTo(new SendOutcome.Refused("isv.MOBILE_NUMBER_ILLEGAL: 非法手机号"));
	}

	@Test
	void aBadSignatureIsRefusedForGood() {
		provider = FakeProvider.answering(400, """
				{"Message":"Specified signature is not matched with our calculation.","RequestId":"E5","Code":"SignatureDoesNotMatch"}""");
		assertThat(send(provider)).isInstanceOf(SendOutcome.Refused.class);
	}

	@Test
	void aProviderMessageNamingThePhoneIsMasked() {
		provider = FakeProvider.answering(200, """
				{"Message":"invalid mobile number 13812345678","RequestId":"F6","Code":"isv.MOBILE_NUMBER_ILLEGAL"}""");
		assertThat(send(provider)).isEqualTo(new SendOutcome.Refused("isv.MOBILE_NUMBER_ILLEGAL: invalid mobile number 138****5678"));
	}

	@Test
	void aTimeoutIsWorthAnotherAttempt() {
		provider = FakeProvider.answering(200, OK);
		provider.then(new FakeProvider.Answer(200, OK, Duration.ofSeconds(4)));
		assertThat(send(provider)).isEqualTo(SendOutcome.Retry.now("timeout after 2 s"));
	}

	@Test
	void aRefusedConnectionIsWorthAnotherAttempt() throws Exception {
		int closed;
		try (ServerSocket s = new ServerSocket()) {
			s.bind(new InetSocketAddress("127.0.0.1", 0));
			closed = s.getLocalPort();
		}
		SendOutcome outcome = new AliyunSms(settings(URI.create("http://127.0.0.1:" + closed + "/")), JSON, AT)
			.send(Dispatch.sms(17, PHONE, notice()));
		assertThat(outcome).isEqualTo(SendOutcome.Retry.now("no connection to 127.0.0.1"));
	}

	@Test
	void isReadyOnlyWithKeySecretAndSignature() {
		assertThat(new AliyunSms(settings(URI.create("http://127.0.0.1:1/")), JSON, AT).ready()).isTrue();
		assertThat(new AliyunSms(new SmsSettings(null, "id", "", "如意湖街道", null, null), JSON, AT).ready()).isFalse();
		assertThat(new SmsSettings(null, "id", SECRET, "x", null, null).toString()).doesNotContain(SECRET).contains("(set)");
	}
}

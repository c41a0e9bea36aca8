package org.civicgrid.messaging.internal.outbound;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.civicgrid.messaging.OutboundContent;
import org.civicgrid.shared.masking.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alibaba Cloud SMS, {@code SendSms} of dysmsapi 2017-05-25 in the RPC style: a GET with the common parameters
 * (AccessKeyId, Action, Format=JSON, RegionId, SignatureMethod=HMAC-SHA1, SignatureNonce, SignatureVersion=1.0,
 * Timestamp in UTC, Version) and the operation's (PhoneNumbers, SignName, TemplateCode, TemplateParam as JSON,
 * OutId = the delivery's id), signed by {@link AliyunSignature}. The answer is JSON: {@code Code} OK with BizId and
 * RequestId, or an error code with its Message. Rate limits (isv.BUSINESS_LIMIT_CONTROL and its kind, Throttling)
 * and the provider's own failures (isp.SYSTEM_ERROR, HTTP 5xx) are retried; every other code is a refusal.
 */
class AliyunSms implements OutboundChannel {

	private static final Logger log = LoggerFactory.getLogger(AliyunSms.class);

	static final String VERSION = "2017-05-25";
	static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
		.withZone(ZoneOffset.UTC);

	/** Codes that say: too many, too fast. Per number they count by minute, hour and day, so wait a while. */
	static final Set<String> RATE_LIMITED = Set.of("isv.BUSINESS_LIMIT_CONTROL", "BUSINESS_LIMIT_CONTROL_MINUTE",
			"isv.BUSINESS_LIMIT_HOUR", "Throttling", "Throttling.User", "Throttling.Api", "Throttling.Tenant");
	static final Duration RATE_LIMIT_WAIT = Duration.ofMinutes(10);

	/** Codes of a failure on the provider's side, or of a request to sign again (a fresh nonce and time). */
	static final Set<String> PASSING = Set.of("isp.SYSTEM_ERROR", "isp.GATEWAY_ERROR", "isp.UNKNOWN",
			"InternalError", "ServiceUnavailable", "SignatureNonceUsed", "InvalidTimeStamp.Expired");

	private final SmsSettings settings;
	private final JsonMapper json;
	private final Clock clock;
	private final HttpClient http;

	AliyunSms(SmsSettings settings, JsonMapper json, Clock clock) {
		this.settings = settings;
		this.json = json;
		this.clock = clock;
		this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
	}

	@Override
	public ChannelKind kind() {
		return ChannelKind.SMS;
	}

	@Override
	public boolean ready() {
		return settings.configured();
	}

	@Override
	public SendOutcome send(Dispatch d) {
		if (!(d.content() instanceof OutboundContent.SmsTemplate sms)) {
			return new SendOutcome.Refused("not an SMS template");
		}
		URI uri = signedRequest(d.deliveryId(), d.phone(), sms);
		return ProviderCall.exchange(http, HttpRequest.newBuilder(uri).timeout(settings.timeout()).GET()
			.header("Accept", "application/json").build(), settings.timeout(), settings.endpoint(),
				(status, body) -> answer(d, status, body));
	}

	/** The request's URL: the endpoint, the Signature, then the canonical query it signs. */
	URI signedRequest(long deliveryId, String phone, OutboundContent.SmsTemplate sms) {
		Map<String, String> p = new HashMap<>();
		p.put("AccessKeyId", settings.accessKeyId());
		p.put("Action", "SendSms");
		p.put("Format", "JSON");
		p.put("RegionId", settings.regionId());
		p.put("SignatureMethod", "HMAC-SHA1");
		p.put("SignatureNonce", UUID.randomUUID().toString());
		p.put("SignatureVersion", "1.0");
		p.put("Timestamp", TIMESTAMP.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
		p.put("Version", VERSION);
		p.put("PhoneNumbers", phone);
		p.put("SignName", settings.signName());
		p.put("TemplateCode", sms.templateCode());
		if (!sms.params().isEmpty()) {
			p.put("TemplateParam", json.writeValueAsString(new TreeMap<>(sms.params())));
		}
		p.put("OutId", "civicgrid-" + deliveryId);
		String query = AliyunSignature.canonicalQuery(p);
		String signature = AliyunSignature.sign(AliyunSignature.stringToSign("GET", query), settings.accessKeySecret());
		String base = settings.endpoint().toString();
		return URI.create((base.endsWith("/") ? base : base + "/") + "?Signature="
				+ AliyunSignature.percentEncode(signature) + "&" + query);
	}

	private SendOutcome answer(Dispatch d, int status, String body) {
		JsonNode answer = ProviderCall.object(json, body);
		String code = answer == null ? null : answer.path("Code").asString(null);
		String message = answer == null ? null : d.scrub(answer.path("Message").asString(""));
		String requestId = answer == null ? null : answer.path("RequestId").asString(null);
		if (status == 200 && "OK".equals(code)) {
			String bizId = answer.path("BizId").asString(null);
			log.info("SMS of delivery {} to {} accepted: BizId {}, RequestId {}", d.deliveryId(), Masking.phone(d.phone()),
					bizId, requestId);
			return new SendOutcome.Sent(bizId);
		}
		String error = code == null ? "HTTP " + status : code + (message == null || message.isEmpty() ? "" : ": " + message);
		log.warn("SMS of delivery {} to {} not accepted (HTTP {}, RequestId {}): {}", d.deliveryId(),
				Masking.phone(d.phone()), status, requestId, error);
		return ProviderCall.failed(error, status, code != null && RATE_LIMITED.contains(code),
				code != null && PASSING.contains(code), RATE_LIMIT_WAIT);
	}
}

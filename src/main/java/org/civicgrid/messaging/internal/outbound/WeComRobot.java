package org.civicgrid.messaging.internal.outbound;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.messaging.OutboundContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A WeCom group robot (企业微信群机器人): {@code POST {endpoint}/cgi-bin/webhook/send?key=KEY} with a JSON body,
 * {@code {"msgtype":"text","text":{"content":…,"mentioned_mobile_list":[…]}}} or
 * {@code {"msgtype":"markdown","markdown":{"content":…}}}. The answer {@code {"errcode":0,"errmsg":"ok"}} means
 * sent; 45009 (api freq out of limit: 20 messages a minute per robot) and -1 (system busy) are retried, as are
 * HTTP 5xx and timeouts; every other errcode (93000, an invalid webhook key) is a refusal.
 */
class WeComRobot implements OutboundChannel {

	private static final Logger log = LoggerFactory.getLogger(WeComRobot.class);

	static final int RATE_LIMITED = 45009;
	static final int BUSY = -1;
	static final Duration RATE_LIMIT_WAIT = Duration.ofMinutes(1);

	private final WeComSettings settings;
	private final JsonMapper json;
	private final HttpClient http;

	WeComRobot(WeComSettings settings, JsonMapper json) {
		this.settings = settings;
		this.json = json;
		this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
	}

	@Override
	public ChannelKind kind() {
		return ChannelKind.WECOM_ROBOT;
	}

	@Override
	public boolean ready() {
		return true;
	}

	/** The JSON body of a message. */
	String body(Dispatch d) {
		Map<String, Object> message = new LinkedHashMap<>();
		if (d.content() instanceof OutboundContent.RobotText text) {
			Map<String, Object> t = new LinkedHashMap<>();
			t.put("content", text.text());
			List<String> mentions = new ArrayList<>(d.mentionPhones());
			if (text.mentionAll()) {
				mentions.add("@all");
			}
			if (!mentions.isEmpty()) {
				t.put("mentioned_mobile_list", mentions);
			}
			message.put("msgtype", "text");
			message.put("text", t);
		}
		else if (d.content() instanceof OutboundContent.RobotMarkdown md) {
			message.put("msgtype", "markdown");
			message.put("markdown", Map.of("content", md.markdown()));
		}
		else {
			throw new IllegalArgumentException("not a robot's message: " + d.content().getClass().getSimpleName());
		}
		return json.writeValueAsString(message);
	}

	@Override
	public SendOutcome send(Dispatch d) {
		String base = settings.endpoint().toString();
		URI uri = URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
				+ "/cgi-bin/webhook/send?key=" + AliyunSignature.percentEncode(d.robotKey()));
		return ProviderCall.exchange(http, HttpRequest.newBuilder(uri).timeout(settings.timeout())
			.header("Content-Type", "application/json; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(body(d), StandardCharsets.UTF_8)).build(), settings.timeout(),
				settings.endpoint(), (status, body) -> answer(d, status, body));
	}

	private SendOutcome answer(Dispatch d, int status, String body) {
		JsonNode answer = ProviderCall.object(json, body);
		Integer errcode = answer == null || !answer.path("errcode").isNumber() ? null : answer.path("errcode").asInt();
		String errmsg = answer == null ? "" : d.scrub(answer.path("errmsg").asString(""));
		if (status == 200 && errcode != null && errcode == 0) {
			log.info("WeCom robot message of delivery {} sent", d.deliveryId());
			return new SendOutcome.Sent(null);
		}
		String error = errcode == null ? "HTTP " + status : "errcode " + errcode + (errmsg.isEmpty() ? "" : ": " + errmsg);
		log.warn("WeCom robot message of delivery {} not sent (HTTP {}): {}", d.deliveryId(), status, error);
		return ProviderCall.failed(error, status, errcode != null && errcode == RATE_LIMITED,
				errcode != null && errcode == BUSY, RATE_LIMIT_WAIT);
	}
}

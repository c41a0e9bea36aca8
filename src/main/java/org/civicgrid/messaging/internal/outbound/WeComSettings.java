package org.civicgrid.messaging.internal.outbound;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * WeCom group robots (企业微信群机器人, webhook {@code /cgi-bin/webhook/send?key=…}).
 *
 * @param endpoint the base URL, https://qyapi.weixin.qq.com unless set (tests point it at a local server)
 * @param timeout how long a request may take (10 s unless set)
 * @param robots each robot by the name deliveries use, with its webhook key
 *        ({@code CIVICGRID_MESSAGING_WECOM_ROBOTS_<NAME>}); keys never appear in a log, a row or {@link #toString}
 */
@ConfigurationProperties("civicgrid.messaging.wecom")
public record WeComSettings(URI endpoint, Duration timeout, Map<String, String> robots) {

	public static final URI DEFAULT_ENDPOINT = URI.create("https://qyapi.weixin.qq.com");

	public WeComSettings {
		endpoint = endpoint == null || endpoint.toString().isBlank() ? DEFAULT_ENDPOINT : endpoint;
		timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
		robots = robots == null ? Map.of() : Map.copyOf(robots);
	}

	/** The key of a configured robot. */
	public Optional<String> keyOf(String robot) {
		String key = robot == null ? null : robots.get(robot);
		return key == null || key.isBlank() ? Optional.empty() : Optional.of(key);
	}

	@Override
	public String toString() {
		return "WeComSettings[endpoint=" + endpoint + ", timeout=" + timeout + ", robots=" + robots.keySet() + "]";
	}
}

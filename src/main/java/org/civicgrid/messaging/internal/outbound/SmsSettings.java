package org.civicgrid.messaging.internal.outbound;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Alibaba Cloud SMS (dysmsapi, SendSms).
 *
 * @param endpoint the API's base URL, https://dysmsapi.aliyuncs.com/ unless set (tests point it at a local server)
 * @param accessKeyId the AccessKey id of a RAM user allowed to send SMS
 * @param accessKeySecret its secret, which signs every request; never logged, never in {@link #toString}
 * @param signName the approved signature (短信签名) the messages carry, such as 如意湖街道
 * @param regionId sent as RegionId, cn-hangzhou unless set
 * @param timeout how long a request may take, connection included (10 s unless set); a timeout is retried
 */
@ConfigurationProperties("civicgrid.messaging.sms")
public record SmsSettings(URI endpoint, String accessKeyId, String accessKeySecret, String signName, String regionId,
		Duration timeout) {

	public static final URI DEFAULT_ENDPOINT = URI.create("https://dysmsapi.aliyuncs.com/");

	public SmsSettings {
		endpoint = endpoint == null || endpoint.toString().isBlank() ? DEFAULT_ENDPOINT : endpoint;
		regionId = regionId == null || regionId.isBlank() ? "cn-hangzhou" : regionId;
		timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
	}

	/** Whether this node can send SMS at all: without a key and a signature, SMS deliveries wait. */
	public boolean configured() {
		return present(accessKeyId) && present(accessKeySecret) && present(signName);
	}

	private static boolean present(String s) {
		return s != null && !s.isBlank();
	}

	@Override
	public String toString() {
		return "SmsSettings[endpoint=" + endpoint + ", accessKeyId=" + accessKeyId + ", accessKeySecret="
				+ (present(accessKeySecret) ? "(set)" : "(none)") + ", signName=" + signName + ", regionId="
				+ regionId + ", timeout=" + timeout + "]";
	}
}

package org.civicgrid.messaging.internal.outbound;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature as Alibaba Cloud's SMS page tells a Java developer to compute it, written here independently of
 * {@link AliyunSignature}: {@code java.net.URLEncoder} with + replaced by %20, * by %2A and %7E by ~; the
 * parameters but Signature sorted by name; {@code GET&%2F&} and the encoded query; HMAC-SHA1 under secret + "&",
 * Base64.
 */
final class AliyunSigning {

	private AliyunSigning() {
	}

	static String specialUrlEncode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
			.replace("%7E", "~");
	}

	/** What the provider would compute from the parameters it received. */
	static String expectedSignature(Map<String, String> received, String secret) throws Exception {
		Map<String, String> sorted = new TreeMap<>(received);
		sorted.remove("Signature");
		String query = sorted.entrySet().stream()
			.map(e -> specialUrlEncode(e.getKey()) + "=" + specialUrlEncode(e.getValue()))
			.collect(Collectors.joining("&"));
		String stringToSign = "GET&" + specialUrlEncode("/") + "&" + specialUrlEncode(query);
		Mac mac = Mac.getInstance("HmacSHA1");
		mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
		return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
	}
}

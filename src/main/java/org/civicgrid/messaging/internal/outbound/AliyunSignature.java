package org.civicgrid.messaging.internal.outbound;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Alibaba Cloud's RPC request signature, version 1.0 (HMAC-SHA1), as its signature-mechanism page documents: each
 * parameter name and value percent-encoded in UTF-8 per RFC 3986 (A–Z a–z 0–9 - _ . ~ kept, a space as %20, never
 * +), joined as name=value with &amp; in the byte order of the names (Signature itself left out); the string to sign
 * is {@code GET&%2F&} followed by that query percent-encoded once more; the signature is the Base64 of its
 * HMAC-SHA1 under the AccessKey secret followed by {@code &}.
 */
final class AliyunSignature {

	private AliyunSignature() {
	}

	/** RFC 3986 percent-encoding of UTF-8 bytes, every byte but the unreserved characters. */
	static String percentEncode(String value) {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		StringBuilder out = new StringBuilder(bytes.length * 2);
		for (byte b : bytes) {
			int c = b & 0xff;
			if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_'
					|| c == '.' || c == '~') {
				out.append((char) c);
			}
			else {
				out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return out.toString();
	}

	/** The parameters sorted by name, each name and value encoded, joined with &amp;. */
	static String canonicalQuery(Map<String, String> parameters) {
		StringJoiner query = new StringJoiner("&");
		new TreeMap<>(parameters).forEach((k, v) -> query.add(percentEncode(k) + "=" + percentEncode(v)));
		return query.toString();
	}

	static String stringToSign(String method, String canonicalQuery) {
		return method + "&" + percentEncode("/") + "&" + percentEncode(canonicalQuery);
	}

	/** The Signature parameter's value (before it is encoded into the URL). */
	static String sign(String stringToSign, String accessKeySecret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec((accessKeySecret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA1 is part of every JVM", e);
		}
	}
}

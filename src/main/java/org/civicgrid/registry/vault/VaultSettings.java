package org.civicgrid.registry.vault;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The vault's keys. Checked when the application starts, so a missing or malformed key stops it with the reason
 * rather than failing at the first resident saved. Messages name the setting, never a key's value.
 *
 * @param activeKeyId the key new values are sealed with
 * @param keys key id → base64 of a 16-byte SM4 key; every key that sealed a value still stored must stay here
 *        until those values are resealed. A blank entry counts as absent, so an environment variable can switch
 *        off a key the defaults carry. Ids are 1–32 of {@code A-Z a-z 0-9 . _ -}.
 * @param hashKey base64 of at least 16 bytes for the HMAC-SM3 lookup hash; changing it invalidates every stored
 *        hash, so it does not rotate with the keys
 */
@ConfigurationProperties("civicgrid.registry.vault")
public record VaultSettings(String activeKeyId, Map<String, String> keys, String hashKey) {

	static final String PREFIX = "civicgrid.registry.vault.";

	static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");

	public VaultSettings {
		keys = keys == null ? Map.of() : Map.copyOf(withoutBlanks(keys));
		if (activeKeyId == null || activeKeyId.isBlank()) {
			throw new IllegalArgumentException(PREFIX + "active-key-id is not set: name the key new values are sealed with");
		}
		if (!keys.containsKey(activeKeyId)) {
			throw new IllegalArgumentException(PREFIX + "active-key-id is '" + activeKeyId + "' but " + PREFIX
					+ "keys has no key with that id (configured ids: " + keys.keySet() + ")");
		}
		keys.forEach((id, key) -> {
			if (!KEY_ID.matcher(id).matches()) {
				throw new IllegalArgumentException(PREFIX + "keys: key id '" + id
						+ "' must be 1-32 characters of A-Z a-z 0-9 . _ -");
			}
			int length = decodedLength(key, PREFIX + "keys." + id);
			if (length != 16) {
				throw new IllegalArgumentException(PREFIX + "keys." + id
						+ " must be exactly 16 bytes (SM4-128) in base64, but is " + length + " bytes");
			}
		});
		if (hashKey == null || hashKey.isBlank()) {
			throw new IllegalArgumentException(PREFIX + "hash-key is not set: base64 of at least 16 random bytes");
		}
		int hashLength = decodedLength(hashKey, PREFIX + "hash-key");
		if (hashLength < 16) {
			throw new IllegalArgumentException(PREFIX + "hash-key must be at least 16 bytes in base64, but is "
					+ hashLength + " bytes");
		}
	}

	/** The shipped demo keys are meant for the standalone shape on one laptop, never for real residents. */
	boolean usesDemoKey() {
		return activeKeyId.startsWith("demo");
	}

	byte[] key(String id) {
		String key = keys.get(id);
		return key == null ? null : Base64.getDecoder().decode(key.strip());
	}

	byte[] hashKeyBytes() {
		return Base64.getDecoder().decode(hashKey.strip());
	}

	private static int decodedLength(String base64, String setting) {
		try {
			return Base64.getDecoder().decode(base64.strip()).length;
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(setting + " is not valid base64", null);
		}
	}

	private static Map<String, String> withoutBlanks(Map<String, String> keys) {
		Map<String, String> kept = new LinkedHashMap<>();
		keys.forEach((id, key) -> {
			if (key != null && !key.isBlank()) {
				kept.put(id, key);
			}
		});
		return kept;
	}
}

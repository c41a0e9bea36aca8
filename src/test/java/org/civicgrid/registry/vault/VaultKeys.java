package org.civicgrid.registry.vault;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Settings for tests: keys of a given length, filled with a recognisable byte. */
final class VaultKeys {

	private VaultKeys() {
	}

	static String key(int length, int fill) {
		byte[] key = new byte[length];
		java.util.Arrays.fill(key, (byte) fill);
		return Base64.getEncoder().encodeToString(key);
	}

	static final String K1 = key(16, 1);

	static final String K2 = key(16, 2);

	static final String HASH_KEY = key(32, 7);

	static VaultSettings only(String id, String key) {
		return new VaultSettings(id, Map.of(id, key), HASH_KEY);
	}

	/** Both k1 and k2 configured, {@code active} sealing new values. */
	static VaultSettings k1AndK2(String active) {
		Map<String, String> keys = new LinkedHashMap<>();
		keys.put("k1", K1);
		keys.put("k2", K2);
		return new VaultSettings(active, keys, HASH_KEY);
	}
}

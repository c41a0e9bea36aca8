package org.civicgrid.registry.vault;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.registry.vault.VaultKeys.HASH_KEY;
import static org.civicgrid.registry.vault.VaultKeys.K1;
import static org.civicgrid.registry.vault.VaultKeys.key;

class VaultSettingsTests {

	@Test
	void refusesAMissingActiveKeyId() {
		assertThatThrownBy(() -> new VaultSettings(null, Map.of("k1", K1), HASH_KEY))
			.hasMessageContaining("civicgrid.registry.vault.active-key-id is not set");
		assertThatThrownBy(() -> new VaultSettings(" ", Map.of("k1", K1), HASH_KEY))
			.hasMessageContaining("active-key-id is not set");
	}

	@Test
	void refusesAnActiveKeyIdWithoutAKey() {
		assertThatThrownBy(() -> new VaultSettings("k2", Map.of("k1", K1), HASH_KEY))
			.hasMessageContaining("active-key-id is 'k2'")
			.hasMessageContaining("no key with that id")
			.hasMessageContaining("[k1]");
		assertThatThrownBy(() -> new VaultSettings("k1", null, HASH_KEY)).hasMessageContaining("no key");
	}

	@Test
	void refusesKeysThatAreNotSixteenBytesWithoutPrintingThem() {
		String shortKey = key(15, 3);
		assertThatThrownBy(() -> new VaultSettings("k1", Map.of("k1", shortKey), HASH_KEY))
			.hasMessageContaining("civicgrid.registry.vault.keys.k1 must be exactly 16 bytes")
			.hasMessageContaining("is 15 bytes")
			.hasMessageNotContaining(shortKey);
		String longKey = key(32, 3);
		assertThatThrownBy(() -> new VaultSettings("k1", Map.of("k1", K1, "k2", longKey), HASH_KEY))
			.hasMessageContaining("keys.k2 must be exactly 16 bytes")
			.hasMessageNotContaining(longKey);
	}

	@Test
	void refusesAKeyThatIsNotBase64() {
		assertThatThrownBy(() -> new VaultSettings("k1", Map.of("k1", "not base64!"), HASH_KEY))
			.hasMessageContaining("keys.k1 is not valid base64")
			.hasMessageNotContaining("not base64!");
	}

	@Test
	void refusesKeyIdsThatCannotBeStoredInTheHeader() {
		String longId = "k".repeat(33);
		assertThatThrownBy(() -> new VaultSettings(longId, Map.of(longId, K1), HASH_KEY))
			.hasMessageContaining("must be 1-32 characters");
		assertThatThrownBy(() -> new VaultSettings("k1", Map.of("k1", K1, "密钥", K1), HASH_KEY))
			.hasMessageContaining("must be 1-32 characters");
	}

	@Test
	void refusesAMissingOrShortHashKey() {
		assertThatThrownBy(() -> new VaultSettings("k1", Map.of("k1", K1), null))
			.hasMessageContaining("civicgrid.registry.vault.hash-key is not set");
		String shortHash = key(8, 4);
		assertThatThrownBy(() -> new VaultSettings("k1", Map.of("k1", K1), shortHash))
			.hasMessageContaining("hash-key must be at least 16 bytes")
			.hasMessageNotContaining(shortHash);
	}

	@Test
	void aBlankKeyCountsAsAbsentSoTheEnvironmentCanSwitchOffTheDemoKey() {
		Map<String, String> keys = new HashMap<>();
		keys.put("demo1", "");
		keys.put("k2026", K1);
		VaultSettings settings = new VaultSettings("k2026", keys, HASH_KEY);
		assertThat(settings.keys()).containsOnlyKeys("k2026");
		assertThat(settings.usesDemoKey()).isFalse();
		assertThatThrownBy(() -> new VaultSettings("demo1", keys, HASH_KEY)).hasMessageContaining("no key");
	}

	@Test
	void theShippedDefaultsAreRecognisedAsDemoKeys() {
		assertThat(VaultKeys.only("demo1", K1).usesDemoKey()).isTrue();
	}
}

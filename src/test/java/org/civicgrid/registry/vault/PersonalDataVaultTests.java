package org.civicgrid.registry.vault;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.registry.vault.VaultKeys.K1;
import static org.civicgrid.registry.vault.VaultKeys.k1AndK2;
import static org.civicgrid.registry.vault.VaultKeys.only;

class PersonalDataVaultTests {

	static final String ID = "11010519491231002X";

	static final String PHONE = "13812345678";

	final PersonalDataVault vault = new PersonalDataVault(only("k1", K1));

	@Test
	void opensWhatItSealed() {
		assertThat(vault.open(vault.seal(ID))).isEqualTo(ID);
		assertThat(vault.open(vault.seal(""))).isEmpty();
		assertThat(vault.open(vault.seal("张三 0371-65123456"))).isEqualTo("张三 0371-65123456");
	}

	@Test
	void opensWhatWasStoredAndReadBack() {
		Sealed sealed = vault.seal(PHONE);
		Sealed readBack = Sealed.of(sealed.bytes(), null);
		assertThat(vault.open(readBack)).isEqualTo(PHONE);
		assertThat(readBack.keyId()).isEqualTo("k1");
	}

	@Test
	void theStoredBytesFollowTheDocumentedLayout() {
		byte[] bytes = vault.seal(PHONE).bytes();
		assertThat(bytes[0]).isEqualTo((byte) 1);
		assertThat(bytes[1]).isEqualTo((byte) 2);
		assertThat(new String(bytes, 2, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("k1");
		assertThat(bytes).hasSize(1 + 1 + 2 + 12 + PHONE.length() + 16);
	}

	@Test
	void equalValuesSealDifferentlyEachTimeButHashTheSame() {
		Sealed first = vault.seal(ID);
		Sealed second = vault.seal(ID);
		assertThat(first.bytes()).isNotEqualTo(second.bytes());
		assertThat(first.nonce()).isNotEqualTo(second.nonce());
		assertThat(first.lookupHash()).isEqualTo(second.lookupHash()).isEqualTo(vault.lookupHash(ID));
	}

	@Test
	void differentValuesHashDifferently() {
		assertThat(vault.lookupHash(ID)).isNotEqualTo(vault.lookupHash("11010519491231003X"));
		assertThat(vault.lookupHash(ID)).matches("[0-9a-f]{64}");
	}

	@Test
	void theLookupHashDependsOnTheHashKeyNotOnTheEncryptionKey() {
		PersonalDataVault otherEncryptionKey = new PersonalDataVault(only("k2", VaultKeys.K2));
		assertThat(otherEncryptionKey.lookupHash(ID)).isEqualTo(vault.lookupHash(ID));
		PersonalDataVault otherHashKey = new PersonalDataVault(
				new VaultSettings("k1", java.util.Map.of("k1", K1), VaultKeys.key(16, 9)));
		assertThat(otherHashKey.lookupHash(ID)).isNotEqualTo(vault.lookupHash(ID));
	}

	@Test
	void resealingKeepsTheValueAndItsHashUnderTheActiveKeySoTheOldKeyCanGo() {
		Sealed underK1 = new PersonalDataVault(k1AndK2("k1")).seal(ID);
		Sealed storedWithoutHash = Sealed.of(new PersonalDataVault(k1AndK2("k1")).seal(PHONE).bytes(), null);
		PersonalDataVault rotated = new PersonalDataVault(k1AndK2("k2"));

		Sealed resealed = rotated.reseal(underK1);
		assertThat(resealed.keyId()).isEqualTo("k2").isEqualTo(rotated.activeKeyId());
		assertThat(resealed.lookupHash()).isEqualTo(underK1.lookupHash());
		assertThat(rotated.reseal(storedWithoutHash).lookupHash()).isNull();

		PersonalDataVault k2Only = new PersonalDataVault(only("k2", VaultKeys.K2));
		assertThat(k2Only.open(Sealed.of(resealed.bytes(), null))).isEqualTo(ID);
		assertThat(k2Only.hasKey("k1")).isFalse();
		assertThatThrownBy(() -> k2Only.open(underK1)).isInstanceOf(UnreadableValueException.class);
		assertThatThrownBy(() -> k2Only.reseal(underK1)).isInstanceOf(UnreadableValueException.class);
	}

	@Test
	void valuesSealedWithAnOlderKeyStillOpenAndAskToBeResealed() {
		Sealed underK1 = new PersonalDataVault(k1AndK2("k1")).seal(ID);
		PersonalDataVault rotated = new PersonalDataVault(k1AndK2("k2"));

		assertThat(rotated.open(underK1)).isEqualTo(ID);
		assertThat(rotated.needsResealing(underK1)).isTrue();

		Sealed resealed = rotated.seal(rotated.open(underK1));
		assertThat(resealed.keyId()).isEqualTo("k2");
		assertThat(rotated.needsResealing(resealed)).isFalse();
		assertThat(resealed.lookupHash()).isEqualTo(underK1.lookupHash());
	}

	@Test
	void aValueWhoseKeyWasRemovedCannotBeOpenedAndSaysWhichKeyIsMissing() {
		Sealed underK1 = vault.seal(ID);
		PersonalDataVault withoutK1 = new PersonalDataVault(only("k2", VaultKeys.K2));
		assertThatThrownBy(() -> withoutK1.open(underK1)).isInstanceOf(UnreadableValueException.class)
			.hasMessageContaining("'k1'")
			.hasMessageContaining("not configured")
			.hasMessageNotContaining(ID);
	}

	@Test
	void aKeyReplacedUnderTheSameIdFailsTheIntegrityCheck() {
		Sealed underK1 = vault.seal(ID);
		PersonalDataVault impostor = new PersonalDataVault(only("k1", VaultKeys.K2));
		assertThatThrownBy(() -> impostor.open(underK1)).isInstanceOf(UnreadableValueException.class)
			.hasMessageContaining("integrity")
			.hasMessageNotContaining(ID);
	}

	@Test
	void anyFlippedByteIsDetectedAndNeverRevealsTheValue() {
		byte[] bytes = vault.seal(ID).bytes();
		for (int i = 0; i < bytes.length; i++) {
			for (int bit : new int[] { 0x01, 0x80 }) {
				byte[] tampered = bytes.clone();
				tampered[i] ^= (byte) bit;
				assertThatThrownBy(() -> vault.open(Sealed.of(tampered, null))).as("byte %d bit %x", i, bit)
					.isInstanceOf(UnreadableValueException.class)
					.hasMessageNotContaining(ID)
					.hasMessageNotContaining("1949");
			}
		}
	}

	@Test
	void truncatedOrForeignBytesAreRefusedClearly() {
		byte[] bytes = vault.seal(ID).bytes();
		assertThatThrownBy(() -> Sealed.of(java.util.Arrays.copyOf(bytes, 20), null))
			.isInstanceOf(UnreadableValueException.class)
			.hasMessageContaining("truncated");
		assertThatThrownBy(() -> Sealed.of(new byte[0], null)).isInstanceOf(UnreadableValueException.class)
			.hasMessageContaining("version");
		assertThatThrownBy(() -> Sealed.of(ID.getBytes(), null)).isInstanceOf(UnreadableValueException.class);
	}

	@Test
	void printsNeitherTheValueNorItsBytes() {
		Sealed sealed = vault.seal(ID);
		assertThat(sealed.toString()).doesNotContain(ID)
			.doesNotContain(sealed.lookupHash())
			.isEqualTo("Sealed[keyId=k1, " + sealed.bytes().length + " bytes]");
	}

	@Test
	void theCiphertextDoesNotContainThePlainValue() {
		String stored = new String(vault.seal(ID).bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
		assertThat(stored).doesNotContain(ID).doesNotContain("19491231");
	}

	@Test
	void refusesToSealOrHashNothing() {
		assertThatThrownBy(() -> vault.seal(null)).isInstanceOf(NullPointerException.class);
		assertThatThrownBy(() -> vault.lookupHash(null)).isInstanceOf(NullPointerException.class);
	}
}

package org.civicgrid.registry.vault;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Objects;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps personal identifiers (ID numbers, phone numbers) out of the database in plain text: each value is sealed
 * with SM4-GCM under the active key, with a random nonce, and carries an HMAC-SM3 lookup hash for exact search.
 * Values sealed under an older key still open while that key is configured; {@link #needsResealing} finds them.
 * Seal the canonical form ({@code IdNumber.value()}, {@code PhoneNumber.value()}) so equal values hash equally.
 */
@Component
public class PersonalDataVault {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataVault.class);

	private final VaultSettings settings;

	private final KeyedHash hash;

	private final SecureRandom random = new SecureRandom();

	public PersonalDataVault(VaultSettings settings) {
		this.settings = Objects.requireNonNull(settings, "settings");
		this.hash = new KeyedHash(settings.hashKeyBytes());
		if (settings.usesDemoKey()) {
			log.warn("The personal-data vault uses the demo key '{}' shipped in application.yml. Fine for the "
					+ "standalone demo; production must set CIVICGRID_VAULT_ACTIVE_KEY_ID, "
					+ "CIVICGRID_REGISTRY_VAULT_KEYS_<ID> and CIVICGRID_VAULT_HASH_KEY.", settings.activeKeyId());
		}
	}

	/** Encrypts {@code plain} under the active key and computes its lookup hash. */
	public Sealed seal(String plain) {
		Objects.requireNonNull(plain, "a value to seal");
		return seal(plain, hash.of(plain));
	}

	/**
	 * Encrypts {@code plain} under the active key beside a lookup hash the caller already computed with
	 * {@link #lookupHash} (bulk imports hash every row once to find who exists, and need not hash again).
	 */
	public Sealed seal(String plain, String lookupHash) {
		Objects.requireNonNull(plain, "a value to seal");
		String keyId = settings.activeKeyId();
		byte[] nonce = new byte[Sealed.NONCE_LENGTH];
		random.nextBytes(nonce);
		byte[] ciphertext = Sm4Gcm.encrypt(settings.key(keyId), nonce, Sealed.header(keyId),
				plain.getBytes(StandardCharsets.UTF_8));
		return Sealed.assemble(keyId, nonce, ciphertext, lookupHash);
	}

	/**
	 * The plain value.
	 *
	 * @throws UnreadableValueException when the value was altered or its key is no longer configured
	 */
	public String open(Sealed sealed) {
		byte[] key = settings.key(sealed.keyId());
		if (key == null) {
			throw new UnreadableValueException("sealed with key '" + sealed.keyId()
					+ "', which is not configured in " + VaultSettings.PREFIX + "keys");
		}
		try {
			byte[] plain = Sm4Gcm.decrypt(key, sealed.nonce(), sealed.associatedData(), sealed.ciphertext());
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (InvalidCipherTextException e) {
			throw new UnreadableValueException("sealed value failed its integrity check (altered, or sealed with "
					+ "a different key under the id '" + sealed.keyId() + "')", e);
		}
	}

	/** The hash {@link #seal} stores beside a value: look a resident up by it, never by the plain value. */
	public String lookupHash(String plain) {
		return hash.of(Objects.requireNonNull(plain, "a value to hash"));
	}

	/**
	 * The same plain value sealed again under the active key with a fresh nonce, its lookup hash (if it carries one)
	 * unchanged: what a key rotation writes in place of a value sealed under an older key.
	 *
	 * @throws UnreadableValueException when the value cannot be opened (altered, or its key is gone)
	 */
	public Sealed reseal(Sealed sealed) {
		return seal(open(sealed), sealed.lookupHash());
	}

	/** The id of the key new values are sealed with. */
	public String activeKeyId() {
		return settings.activeKeyId();
	}

	/** Whether a key of this id is configured, so that values sealed under it open. */
	public boolean hasKey(String keyId) {
		return settings.key(keyId) != null;
	}

	/** True when the value was sealed under a key other than the active one and should be sealed again. */
	public boolean needsResealing(Sealed sealed) {
		return !settings.activeKeyId().equals(sealed.keyId());
	}
}

package org.civicgrid.registry.vault;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One personal identifier as it is stored: the encrypted bytes and, beside them, the keyed hash that finds it
 * by exact value. The bytes are laid out as {@code version (1) | key id length (1) | key id (ASCII) | nonce (12)
 * | ciphertext and 16-byte GCM tag}; the header before the nonce is the associated data, so changing the key id
 * or the version breaks the tag. {@link #toString()} never shows the contents.
 */
public final class Sealed {

	static final byte VERSION = 1;

	static final int NONCE_LENGTH = 12;

	static final int TAG_LENGTH = 16;

	private final byte[] bytes;

	private final String keyId;

	private final String lookupHash;

	private Sealed(byte[] bytes, String keyId, String lookupHash) {
		this.bytes = bytes;
		this.keyId = keyId;
		this.lookupHash = lookupHash;
	}

	/**
	 * A value read back from storage; the lookup hash may be null when only the bytes were read.
	 *
	 * @throws UnreadableValueException when the bytes do not have the layout above
	 */
	public static Sealed of(byte[] stored, String lookupHash) {
		Objects.requireNonNull(stored, "stored bytes");
		byte[] bytes = stored.clone();
		if (bytes.length < 2 || bytes[0] != VERSION) {
			throw new UnreadableValueException("sealed value has an unknown format version");
		}
		int idLength = bytes[1] & 0xFF;
		if (idLength == 0 || bytes.length < headerLength(idLength) + NONCE_LENGTH + TAG_LENGTH) {
			throw new UnreadableValueException("sealed value is truncated or its header is damaged");
		}
		return new Sealed(bytes, new String(bytes, 2, idLength, StandardCharsets.US_ASCII), lookupHash);
	}

	static Sealed assemble(String keyId, byte[] nonce, byte[] ciphertext, String lookupHash) {
		byte[] header = header(keyId);
		byte[] bytes = new byte[header.length + nonce.length + ciphertext.length];
		System.arraycopy(header, 0, bytes, 0, header.length);
		System.arraycopy(nonce, 0, bytes, header.length, nonce.length);
		System.arraycopy(ciphertext, 0, bytes, header.length + nonce.length, ciphertext.length);
		return new Sealed(bytes, keyId, lookupHash);
	}

	static byte[] header(String keyId) {
		byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
		byte[] header = new byte[headerLength(id.length)];
		header[0] = VERSION;
		header[1] = (byte) id.length;
		System.arraycopy(id, 0, header, 2, id.length);
		return header;
	}

	private static int headerLength(int idLength) {
		return 2 + idLength;
	}

	/** The bytes to store, as laid out above. */
	public byte[] bytes() {
		return bytes.clone();
	}

	/** The id of the key that sealed this value. */
	public String keyId() {
		return keyId;
	}

	/** HMAC-SM3 of the plain value, lower-case hex; null if this was read back without it. */
	public String lookupHash() {
		return lookupHash;
	}

	byte[] associatedData() {
		return Arrays.copyOfRange(bytes, 0, headerLength(bytes[1] & 0xFF));
	}

	byte[] nonce() {
		int from = headerLength(bytes[1] & 0xFF);
		return Arrays.copyOfRange(bytes, from, from + NONCE_LENGTH);
	}

	byte[] ciphertext() {
		return Arrays.copyOfRange(bytes, headerLength(bytes[1] & 0xFF) + NONCE_LENGTH, bytes.length);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Sealed other && Arrays.equals(bytes, other.bytes)
				&& Objects.equals(lookupHash, other.lookupHash);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(bytes);
	}

	@Override
	public String toString() {
		return "Sealed[keyId=" + keyId + ", " + bytes.length + " bytes]";
	}
}

package org.civicgrid.shared.blob;

import java.util.Optional;

/**
 * Bytes stored by their SHA-256 (content-addressed): storing the same bytes twice keeps one copy and answers the
 * same key. What the bytes are and who may read them is the caller's business (a metadata row in its own module).
 */
public interface BlobStore {

	/** Stores the bytes (if not there yet) and answers their SHA-256 in lower-case hex. */
	String put(byte[] bytes);

	/** The bytes stored under {@code sha256}, or empty when unknown or not a well-formed key. */
	Optional<byte[]> get(String sha256);

	/** The SHA-256 of {@code bytes} in lower-case hex, the key {@link #put} answers. */
	static String sha256(byte[] bytes) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", e);
		}
	}
}

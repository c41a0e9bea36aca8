package org.civicgrid.casework;

/**
 * A photo as uploaded (a multipart part): the form field it came in ({@code photos} before handling,
 * {@code photosAfter} after), the file name and content type the client claimed, and the bytes. What it really is
 * is found by decoding it; the claim is not trusted.
 */
public record PhotoUpload(String field, String filename, String declaredType, byte[] bytes) {

	public PhotoUpload {
		bytes = bytes == null ? new byte[0] : bytes;
	}
}

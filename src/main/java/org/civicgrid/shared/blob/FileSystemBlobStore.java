package org.civicgrid.shared.blob;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Blobs as files under {@code civicgrid.blobs.directory} (default {@code data/blobs}), fanned out by the first two
 * pairs of hex digits ({@code ab/cd/abcd…}). A blob is written to a temporary file and moved into place, so a
 * reader never sees half a file and two nodes writing the same bytes agree.
 */
@Component
class FileSystemBlobStore implements BlobStore {

	private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

	private final Path root;

	FileSystemBlobStore(@Value("${civicgrid.blobs.directory:data/blobs}") Path root) {
		this.root = root.toAbsolutePath();
	}

	@Override
	public String put(byte[] bytes) {
		String key = BlobStore.sha256(bytes);
		Path target = pathOf(key);
		if (Files.exists(target)) {
			return key;
		}
		try {
			Files.createDirectories(target.getParent());
			Path temp = Files.createTempFile(target.getParent(), key, ".part");
			try {
				Files.write(temp, bytes);
				try {
					Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
				}
				catch (AtomicMoveNotSupportedException e) {
					Files.move(temp, target);
				}
			}
			catch (FileAlreadyExistsException e) {
				// someone stored the same bytes meanwhile: same content, same key
			}
			finally {
				Files.deleteIfExists(temp);
			}
			return key;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not store blob " + key, e);
		}
	}

	@Override
	public Optional<byte[]> get(String sha256) {
		if (sha256 == null || !KEY.matcher(sha256).matches()) {
			return Optional.empty();
		}
		Path path = pathOf(sha256);
		try {
			return Files.exists(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read blob " + sha256, e);
		}
	}

	private Path pathOf(String key) {
		return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
	}
}

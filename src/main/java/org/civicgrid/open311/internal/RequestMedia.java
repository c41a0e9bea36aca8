package org.civicgrid.open311.internal;

import java.util.List;
import java.util.Optional;

import org.civicgrid.casework.CaseView;
import org.civicgrid.casework.ExternalCases;
import org.civicgrid.casework.ExternalQuery;
import org.civicgrid.casework.PhotoUpload;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.blob.BlobStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The file a request was posted with. Casework checks it (by decoding it, whatever type was claimed) and keeps it
 * as the case's photo; the request refers to the same blob by its SHA-256, so its {@code media_url} serves it to
 * anyone, as every read of GeoReport v2 is public. Requests of unpublished categories serve none.
 */
@Component
public class RequestMedia {

	/** An uploaded file as the request keeps it: the blob's key and the picture's real type. */
	record Kept(String sha256, String contentType) {
	}

	/** The bytes to answer {@code media_url} with. */
	public record Media(String contentType, byte[] bytes) {
	}

	private final BlobStore blobs;
	private final RequestLinks links;
	private final ExternalCases cases;
	private final Open311Settings settings;

	RequestMedia(BlobStore blobs, RequestLinks links, ExternalCases cases, Open311Settings settings) {
		this.blobs = blobs;
		this.links = links;
		this.cases = cases;
		this.settings = settings;
	}

	static String url(String base, long caseId) {
		return base + "/requests/" + caseId + "/media";
	}

	/**
	 * Keeps a file casework accepted: storing it again answers the key casework stored it under (blobs are
	 * content-addressed), and the request's reference no longer depends on how casework names its photos.
	 */
	Kept keep(PhotoUpload accepted) {
		return new Kept(blobs.put(accepted.bytes()), typeOf(accepted.bytes()));
	}

	/** GET requests/{id}/media: 404 when the request is unknown, has no file or is public by status only. */
	@Transactional(readOnly = true)
	public Media find(String id) {
		long caseId = GeoReport.caseId(id);
		Optional<Kept> kept = Optional.ofNullable(links.of(List.of(caseId)).get(caseId))
			.map(RequestLinks.Link::media)
			.filter(media -> published(caseId));
		return kept.flatMap(k -> blobs.get(k.sha256()).map(bytes -> new Media(k.contentType(), bytes)))
			.orElseThrow(() -> new NotFoundException("open311.media.not-found", id));
	}

	private boolean published(long caseId) {
		return cases.list(new ExternalQuery(List.of(caseId), null, null, null, null), 0, 1)
			.items()
			.stream()
			.map(CaseView::categoryCode)
			.allMatch(settings::published);
	}

	/** The type of a picture casework decoded as a JPEG, PNG or WebP, by its signature. */
	static String typeOf(byte[] bytes) {
		if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G')) {
			return "image/png";
		}
		if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
			return "image/jpeg";
		}
		if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
			return "image/webp";
		}
		return "application/octet-stream";
	}

	private static boolean startsWith(byte[] bytes, int offset, int... signature) {
		if (bytes.length < offset + signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((bytes[offset + i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}
}

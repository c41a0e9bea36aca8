package org.civicgrid.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.civicgrid.shared.blob.BlobStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The event_case_photo table: which case a photo belongs to and what it is; the bytes and the thumbnail go to the
 * {@link BlobStore}. Ids are taken before the case is written, so the trace can name them.
 */
@Repository
class CasePhotoRows {

	/** A stored photo's row. */
	record PhotoRow(long id, long caseId, String sha256, String thumbnailSha256, String contentType) {
	}

	private final JdbcClient jdbc;
	private final BlobStore blobs;

	CasePhotoRows(JdbcClient jdbc, BlobStore blobs) {
		this.jdbc = jdbc;
		this.blobs = blobs;
	}

	List<Long> nextIds(int count) {
		List<Long> ids = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			ids.add(jdbc.sql("select nextval('event_case_photo_id_seq')").query(Long.class).single());
		}
		return ids;
	}

	/** Stores the bytes and thumbnails, then the rows naming them (after the case row exists). */
	void save(long caseId, List<Long> ids, List<PhotoIntake.Checked> photos, String by, Instant at) {
		for (int i = 0; i < photos.size(); i++) {
			PhotoIntake.Checked photo = photos.get(i);
			String sha = blobs.put(photo.bytes());
			String thumb = blobs.put(photo.thumbnail());
			jdbc.sql("""
					insert into event_case_photo (id, case_id, sha256, thumbnail_sha256, content_type, size_bytes, width,
					    height, original_name, uploaded_by, uploaded_at)
					values (:id, :case, :sha, :thumb, :type, :size, :width, :height, :name, :by, :at)""")
				.param("id", ids.get(i))
				.param("case", caseId)
				.param("sha", sha)
				.param("thumb", thumb)
				.param("type", photo.contentType())
				.param("size", (long) photo.bytes().length)
				.param("width", photo.width())
				.param("height", photo.height())
				.param("name", photo.filename() == null ? null
						: photo.filename().substring(0, Math.min(200, photo.filename().length())))
				.param("by", by)
				.param("at", Timestamp.from(at))
				.update();
		}
	}

	Optional<PhotoRow> find(long caseId, long photoId) {
		return jdbc.sql("""
				select id, case_id, sha256, thumbnail_sha256, content_type from event_case_photo
				where id = :id and case_id = :case""")
			.param("id", photoId)
			.param("case", caseId)
			.query((rs, i) -> new PhotoRow(rs.getLong("id"), rs.getLong("case_id"), rs.getString("sha256"),
					rs.getString("thumbnail_sha256"), rs.getString("content_type")))
			.optional();
	}

	Optional<byte[]> bytes(String sha256) {
		return blobs.get(sha256);
	}
}

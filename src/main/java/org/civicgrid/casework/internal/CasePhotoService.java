package org.civicgrid.casework.internal;

import org.civicgrid.casework.CaseId;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Serves a case's photos to whoever may see the case ({@link CaseVisibility}, or a reporter following a merge). */
@Service
@Transactional(readOnly = true)
public class CasePhotoService {

	private final Cases cases;
	private final CasePhotoRows photos;
	private final Duplicates duplicates;
	private final DepartmentService departments;

	CasePhotoService(Cases cases, CasePhotoRows photos, Duplicates duplicates, DepartmentService departments) {
		this.departments = departments;
		this.cases = cases;
		this.photos = photos;
		this.duplicates = duplicates;
	}

	public PhotoContent photo(Caller caller, long caseId, long photoId, boolean thumbnail) {
		StoredCase stored = caseId <= 0 ? null : cases.find(new CaseId(caseId)).orElse(null);
		if (stored == null) {
			throw new NotFoundException("casework.not-found", String.valueOf(caseId));
		}
		duplicates.requireVisible(caller, departments.unitOf(caller), stored);
		CasePhotoRows.PhotoRow row = photos.find(caseId, photoId)
			.orElseThrow(() -> new NotFoundException("casework.photo.not-found", String.valueOf(photoId)));
		byte[] bytes = photos.bytes(thumbnail ? row.thumbnailSha256() : row.sha256())
			.orElseThrow(() -> new NotFoundException("casework.photo.not-found", String.valueOf(photoId)));
		return new PhotoContent(thumbnail ? "image/jpeg" : row.contentType(), bytes);
	}

	/** Bytes and their content type ({@code image/jpeg}, {@code image/png} …). */
	public record PhotoContent(String contentType, byte[] bytes) {
	}
}

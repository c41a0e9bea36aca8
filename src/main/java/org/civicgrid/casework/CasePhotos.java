package org.civicgrid.casework;

import org.civicgrid.shared.Caller;

/**
 * The photos of a case, served only to callers who may see the case (403 otherwise, 404 for a photo that is not
 * this case's). Photos are stored when a report or an action carries them ({@link CaseManagement}).
 */
public interface CasePhotos {

	/** The photo itself ({@code thumbnail = false}) or its 320 px JPEG thumbnail. */
	PhotoContent photo(Caller caller, long caseId, long photoId, boolean thumbnail);

	/** Bytes and their content type ({@code image/jpeg}, {@code image/png} …). */
	record PhotoContent(String contentType, byte[] bytes) {
	}
}

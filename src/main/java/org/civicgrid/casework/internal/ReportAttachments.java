package org.civicgrid.casework.internal;

import java.util.List;

import org.civicgrid.casework.PhotoUpload;

/**
 * What may come with a report besides the {@link NewCaseReport}: photos of the problem and, for a small matter a grid
 * worker fixes at once (自处置), {@code onTheSpot} with the handling note and the photos after.
 */
public record ReportAttachments(List<PhotoUpload> photos, boolean onTheSpot, String handlingNote,
		List<PhotoUpload> photosAfter) {

	public ReportAttachments {
		photos = photos == null ? List.of() : List.copyOf(photos);
		photosAfter = photosAfter == null ? List.of() : List.copyOf(photosAfter);
	}

	public static ReportAttachments none() {
		return new ReportAttachments(List.of(), false, null, List.of());
	}

	public static ReportAttachments photos(List<PhotoUpload> photos) {
		return new ReportAttachments(photos, false, null, List.of());
	}
}

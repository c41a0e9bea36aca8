package org.civicgrid.casework.internal;

import java.time.Instant;
import java.util.List;

import org.civicgrid.casework.PublicProgress;

/**
 * A case as its reporter (a resident, a volunteer) reads it on their phone: what they reported, the public
 * progress and the reply. Built on the server from the case so the page never receives what stays in the office:
 * staff account names, roles, notes, grid codes, assignees, deadlines and colours are simply not here.
 *
 * @param ownReport whether the reader reported this case; a resident following it through a merged duplicate of
 *     theirs reads the progress but not another person's description, photos or rating
 * @param reportPhotos the photos the reporter sent with the report (theirs only)
 * @param survivorId the case a duplicate was merged into, to follow there
 * @param mayRate whether the reader may rate it now (the reporter, once it is completed and not yet rated)
 */
public record ResidentCase(long id, String number, String categoryName, String address, Instant reportedAt,
		boolean ownReport, String description, List<String> reportPhotos, PublicProgress progress, Long survivorId,
		String survivorNumber, boolean mayRate, Integer rating, String ratingComment) {

	public ResidentCase {
		reportPhotos = List.copyOf(reportPhotos);
	}
}

package org.civicgrid.services.internal.requests;

/**
 * A finished subject its resident may rate, with who and where it concerns, copied onto the rating for the
 * satisfaction figures: the hall and counter, the item, the staff member who finished it and the grid worker.
 */
public record RatedSubject(SubjectKind kind, long id, String label, Long residentAccount, String regionCode,
		String hall, String counter, String itemCode, String itemName, String staff, String gridWorker) {
}

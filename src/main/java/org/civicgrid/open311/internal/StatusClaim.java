package org.civicgrid.open311.internal;

import java.util.Locale;

/**
 * What the status another system sends with an update means here: a claim for staff to act on, never a step of
 * the closed loop. FixMyStreet sends the state its own report shows after the comment (Open311.pm,
 * {@code _populate_service_request_update_params}): {@code OPEN} with every comment while the report is open,
 * {@code FIXED} or {@code CLOSED} once someone marked it fixed there (its reporter's "fixed - user" included),
 * {@code REOPEN} when the reporter says it is not fixed after all. Only the street office closes a case, after
 * checking the handling (GB/T 30428: 核查结案), so the claim is written into the case's trace in words staff read;
 * {@code OPEN} and {@code UNCHANGED} say nothing new and are left out.
 */
enum StatusClaim {

	NONE(null), RESOLVED("open311.update.claim.resolved"), REOPEN("open311.update.claim.reopen"),
	OTHER("open311.update.status-note");

	/** The bundle key of the note, with the status as sent as {0}; null when nothing is noted. */
	final String noteKey;

	StatusClaim(String noteKey) {
		this.noteKey = noteKey;
	}

	static StatusClaim of(String status) {
		if (status == null) {
			return NONE;
		}
		return switch (status.toUpperCase(Locale.ROOT)) {
			case "OPEN", "UNCHANGED" -> NONE;
			case "FIXED", "CLOSED" -> RESOLVED;
			case "REOPEN" -> REOPEN;
			default -> OTHER;
		};
	}
}

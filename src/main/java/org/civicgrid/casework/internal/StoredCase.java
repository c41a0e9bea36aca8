package org.civicgrid.casework.internal;

import java.time.Instant;

import org.civicgrid.casework.Channel;
import org.civicgrid.casework.Colour;

/**
 * A case as loaded: the aggregate, what came in with the report (not the workflow's business), the version its
 * row had, how many history entries were already stored (the rest are new), the colour its timers last set and
 * the stored deadline and yellow instant of its stage ({@link CaseStages}), which lists colour it by without the
 * trace or the calendar ({@link CaseColours}).
 */
record StoredCase(CaseFile file, Intake intake, int version, int storedHistory, Colour colour, Instant deadline,
		Instant yellowAt) {

	/** What the report carried besides category, grid and description. */
	record Intake(Long reporterAccountId, SealedContact reporterContact, Channel channel, String description, Double lat,
			Double lng, String address, String ratingComment, Instant createdAt, Instant updatedAt) {
	}

	static StoredCase fresh(CaseFile file, Intake intake) {
		return new StoredCase(file, intake, -1, 0, null, null, null);
	}

	/** This case as it is stored now: written at {@code at} with its stage and colour, its history all stored. */
	StoredCase written(Instant at, Colour colour, Instant deadline, Instant yellowAt) {
		Intake i = intake;
		Intake now = new Intake(i.reporterAccountId(), i.reporterContact(), i.channel(), i.description(), i.lat(),
				i.lng(), i.address(), i.ratingComment(), i.createdAt() == null ? at : i.createdAt(), at);
		return new StoredCase(file, now, isNew() ? 1 : version + 1, file.history().size(), colour, deadline,
				yellowAt);
	}

	boolean isNew() {
		return version < 0;
	}
}

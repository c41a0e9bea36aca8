package org.civicgrid.casework.internal;

import java.time.Instant;

import org.civicgrid.casework.Channel;
import org.civicgrid.casework.Colour;

/**
 * A case as loaded: the aggregate, what came in with the report (not the workflow's business), the version its
 * row had, how many history entries were already stored (the rest are new) and the colour its timers last set.
 */
record StoredCase(CaseFile file, Intake intake, int version, int storedHistory, Colour colour) {

	/** Without a stored colour (a case not stored yet). */
	StoredCase(CaseFile file, Intake intake, int version, int storedHistory) {
		this(file, intake, version, storedHistory, null);
	}

	/** What the report carried besides category, grid and description. */
	record Intake(Long reporterAccountId, SealedContact reporterContact, Channel channel, String description, Double lat,
			Double lng, String address, String ratingComment, Instant createdAt, Instant updatedAt) {
	}

	static StoredCase fresh(CaseFile file, Intake intake) {
		return new StoredCase(file, intake, -1, 0);
	}

	/** This case as it is stored now: written at {@code at} with {@code colour}, its history all stored. */
	StoredCase written(Instant at, Colour colour) {
		Intake i = intake;
		Intake now = new Intake(i.reporterAccountId(), i.reporterContact(), i.channel(), i.description(), i.lat(),
				i.lng(), i.address(), i.ratingComment(), i.createdAt() == null ? at : i.createdAt(), at);
		return new StoredCase(file, now, isNew() ? 1 : version + 1, file.history().size(), colour);
	}

	boolean isNew() {
		return version < 0;
	}
}

package org.civicgrid.casework.internal;

import java.time.Instant;

import org.civicgrid.casework.Channel;

/**
 * A case as loaded: the aggregate, what came in with the report (not the workflow's business), the version its
 * row had and how many history entries were already stored (the rest are new).
 */
record StoredCase(CaseFile file, Intake intake, int version, int storedHistory) {

	/** What the report carried besides category, grid and description. */
	record Intake(Long reporterAccountId, String reporterContact, Channel channel, String description, Double lat,
			Double lng, String address, String ratingComment, Instant createdAt, Instant updatedAt) {
	}

	static StoredCase fresh(CaseFile file, Intake intake) {
		return new StoredCase(file, intake, -1, 0);
	}

	boolean isNew() {
		return version < 0;
	}
}

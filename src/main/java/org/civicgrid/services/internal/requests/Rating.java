package org.civicgrid.services.internal.requests;

import java.time.Instant;

/** One rating on the one table (好差评), with its grade and the call-back it asked for, if any. */
public record Rating(long id, SubjectKind subjectKind, long subjectId, String subjectLabel, int score,
		RatingGrade grade, String comment, Instant ratedAt, String regionCode, String hall, String counter,
		String itemCode, String itemName, String staff, String gridWorker, Long callbackId) {
}

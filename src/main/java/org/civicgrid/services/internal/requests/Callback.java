package org.civicgrid.services.internal.requests;

import java.time.Instant;

/**
 * A call-back task (回访) and, once done, who called, when, what the resident answered and whether the matter was
 * reopened; with the rating it follows.
 */
public record Callback(long id, long ratingId, String regionCode, CallbackRule.Why why, Instant createdAt,
		SubjectKind subjectKind, long subjectId, String subjectLabel, int score, RatingGrade grade, String comment,
		Instant doneAt, String doneBy, Instant calledAt, String answer, Boolean reopened) {

	public boolean done() {
		return doneAt != null;
	}
}

package org.civicgrid.services.internal.requests;

/** How a score is shown: 好 (4 and 5), 中 (3), 差 (1 and 2); a 差评 always calls for a call-back. */
public enum RatingGrade {
	GOOD, MIDDLE, BAD;

	public static RatingGrade of(int score) {
		return score >= 4 ? GOOD : score == 3 ? MIDDLE : BAD;
	}
}

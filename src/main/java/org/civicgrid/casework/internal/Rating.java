package org.civicgrid.casework.internal;

import java.time.Instant;

/** The reporter's verdict on a closed case (好差评): 1 (bad) to 5 (good), with a comment. */
record Rating(int score, String comment, String by, Instant at) {

	static final int WORST = 1;

	static final int BEST = 5;

	Rating {
		if (score < WORST || score > BEST) {
			throw new IllegalArgumentException("A rating is from %d to %d, not %d".formatted(WORST, BEST, score));
		}
	}
}

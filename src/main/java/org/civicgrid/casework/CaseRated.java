package org.civicgrid.casework;

import java.time.Instant;

/**
 * The reporter rated how the case was handled (好差评), 1 (bad) to 5 (good), with their comment (may be null): the
 * services module records it on the one table of ratings, where a bad one calls for a call-back (回访).
 */
public record CaseRated(CaseId id, String gridCode, int score, String comment, Instant at, CaseParties parties)
		implements CaseEvent {

	@Override
	public CaseRated withParties(CaseParties parties) {
		return new CaseRated(id, gridCode, score, comment, at, parties);
	}
}

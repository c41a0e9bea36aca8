package org.civicgrid.casework;

import java.time.Instant;

/** The reporter rated how the case was handled (好差评), 1 (bad) to 5 (good). */
public record CaseRated(CaseId id, String gridCode, int score, Instant at, CaseParties parties) implements CaseEvent {

	@Override
	public CaseRated withParties(CaseParties parties) {
		return new CaseRated(id, gridCode, score, at, parties);
	}
}

package org.civicgrid.casework;

import java.time.Instant;

/** The on-site check failed (核查不通过): the case went back to its handler, counted as rework (返工). */
public record CaseReworked(CaseId id, String gridCode, int reworkCount, Instant at, CaseParties parties) implements CaseEvent {

	@Override
	public CaseReworked withParties(CaseParties parties) {
		return new CaseReworked(id, gridCode, reworkCount, at, parties);
	}
}

package org.civicgrid.casework;

import java.time.Instant;

/** The report was found not to be a case (注销). */
public record CaseDismissed(CaseId id, String gridCode, String reason, Instant at, CaseParties parties) implements CaseEvent {

	@Override
	public CaseDismissed withParties(CaseParties parties) {
		return new CaseDismissed(id, gridCode, reason, at, parties);
	}
}

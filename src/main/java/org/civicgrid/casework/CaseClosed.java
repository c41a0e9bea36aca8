package org.civicgrid.casework;

import java.time.Instant;

/** The case was closed (结案); {@code onTheSpot} for a matter the grid worker fixed at once (自处置). */
public record CaseClosed(CaseId id, String gridCode, int reworkCount, boolean onTheSpot, Instant at, CaseParties parties) implements CaseEvent {

	@Override
	public CaseClosed withParties(CaseParties parties) {
		return new CaseClosed(id, gridCode, reworkCount, onTheSpot, at, parties);
	}
}

package org.civicgrid.casework;

import java.time.Instant;

/** A problem was found and recorded (信息收集); {@code onTheSpot} when a grid worker fixed it at once. */
public record CaseReported(CaseId id, String gridCode, String categoryCode, boolean onTheSpot, Instant at, CaseParties parties) implements CaseEvent {

	@Override
	public CaseReported withParties(CaseParties parties) {
		return new CaseReported(id, gridCode, categoryCode, onTheSpot, at, parties);
	}
}

package org.civicgrid.casework;

import java.time.Instant;

/** A leader gave an instruction on the case (领导批示). */
public record CaseInstructed(CaseId id, String gridCode, Instant at, CaseParties parties) implements CaseEvent {

	@Override
	public CaseInstructed withParties(CaseParties parties) {
		return new CaseInstructed(id, gridCode, at, parties);
	}
}

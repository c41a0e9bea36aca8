package org.civicgrid.casework;

import java.time.Instant;

/** The case's time limit ran out before it was handled (red on the status board). */
public record CaseOverdue(CaseId id, String gridCode, Instant deadline, Instant at, CaseParties parties) implements CaseEvent {

	@Override
	public CaseOverdue withParties(CaseParties parties) {
		return new CaseOverdue(id, gridCode, deadline, at, parties);
	}
}

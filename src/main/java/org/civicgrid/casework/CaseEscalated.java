package org.civicgrid.casework;

import java.time.Instant;

/** The case went up the hierarchy (上报) from one level to the next. */
public record CaseEscalated(CaseId id, String gridCode, AssigneeLevel from, AssigneeLevel to, Instant at, CaseParties parties) implements CaseEvent {

	@Override
	public CaseEscalated withParties(CaseParties parties) {
		return new CaseEscalated(id, gridCode, from, to, at, parties);
	}
}

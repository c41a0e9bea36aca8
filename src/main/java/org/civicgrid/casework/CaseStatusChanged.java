package org.civicgrid.casework;

import java.time.Instant;

/** Any change of status, for boards and timelines that follow every step. */
public record CaseStatusChanged(CaseId id, String gridCode, CaseAction action, CaseStatus from, CaseStatus to,
		Instant at, CaseParties parties) implements CaseEvent {

	@Override
	public CaseStatusChanged withParties(CaseParties parties) {
		return new CaseStatusChanged(id, gridCode, action, from, to, at, parties);
	}
}

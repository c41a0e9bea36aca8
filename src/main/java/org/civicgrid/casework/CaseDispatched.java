package org.civicgrid.casework;

import java.time.Instant;

/**
 * The case was sent to an assignee (派遣, also on reassignment and escalation). GB/T 30428: the handling clock
 * starts at the first dispatch.
 */
public record CaseDispatched(CaseId id, String gridCode, Assignee assignee, Instant at, CaseParties parties) implements CaseEvent {

	@Override
	public CaseDispatched withParties(CaseParties parties) {
		return new CaseDispatched(id, gridCode, assignee, at, parties);
	}
}

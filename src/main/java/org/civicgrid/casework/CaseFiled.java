package org.civicgrid.casework;

import java.time.Instant;

/** The case was accepted as a case (立案) and waits to be dispatched. */
public record CaseFiled(CaseId id, String gridCode, String categoryCode, Instant at, CaseParties parties) implements CaseEvent {

	@Override
	public CaseFiled withParties(CaseParties parties) {
		return new CaseFiled(id, gridCode, categoryCode, at, parties);
	}
}

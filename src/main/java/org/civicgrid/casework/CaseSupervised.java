package org.civicgrid.casework;

import java.time.Instant;

/** A supervisor pressed the case (督办) with a yellow or red card. */
public record CaseSupervised(CaseId id, String gridCode, SupervisionCard card, Instant at, CaseParties parties) implements CaseEvent {

	@Override
	public CaseSupervised withParties(CaseParties parties) {
		return new CaseSupervised(id, gridCode, card, at, parties);
	}
}

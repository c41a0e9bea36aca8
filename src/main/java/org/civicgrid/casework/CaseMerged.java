package org.civicgrid.casework;

import java.time.Instant;

/** The case was a duplicate and was merged into {@code survivor}. */
public record CaseMerged(CaseId id, String gridCode, CaseId survivor, Instant at, CaseParties parties) implements CaseEvent {

	@Override
	public CaseMerged withParties(CaseParties parties) {
		return new CaseMerged(id, gridCode, survivor, at, parties);
	}
}

package org.civicgrid.casework;

import java.time.Instant;

/**
 * A step of a case, as other modules hear it. Each carries {@link #parties()}: who the case concerns once the step
 * is taken (its reporter, its assignee, the street's desk), so a listener tells people without calling back into
 * casework inside the step's transaction. The casework module fills it in as it publishes the event; listeners
 * never see it empty.
 */
public sealed interface CaseEvent permits CaseReported, CaseFiled, CaseDismissed, CaseDispatched, CaseEscalated,
		CaseReworked, CaseClosed, CaseMerged, CaseRated, CaseSupervised, CaseInstructed, CaseStatusChanged, CaseOverdue {

	CaseId id();

	String gridCode();

	Instant at();

	CaseParties parties();

	/** The same event with who the case concerns after the step. */
	CaseEvent withParties(CaseParties parties);
}

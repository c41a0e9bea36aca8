package org.civicgrid.casework;

import java.util.Optional;

/**
 * Reads who a case concerns, for modules that listen to the casework events and tell people about them. No
 * caller: listeners run on behalf of the system, after the step was committed.
 */
public interface CaseParticipants {

	/** The case's reporter, assignee and dispatch desk as they are now; empty for an unknown case. */
	Optional<CaseParties> parties(CaseId id);

	/** Who answers for a case dispatched to {@code assignee} (as {@link CaseDispatched} carries it). */
	CaseParties.Party answering(Assignee assignee);
}

package org.civicgrid.casework;

import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;

/**
 * The closed loop as other modules and the API use it. Every method works for one {@link Caller} and sees only
 * what they may: staff the cases whose grid lies in their region scope, residents (and volunteers) the cases they
 * reported, department handlers the cases assigned to their unit. A case the caller may not see is refused with
 * 403 {@code out-of-scope}, whether it exists or not being no secret to staff of the district. Nothing is written
 * when anything is refused.
 */
public interface CaseManagement {

	/**
	 * Records a problem (信息收集): the category must be in the catalog and the location inside a grid of the district
	 * (422 naming {@code categoryCode} or {@code location} otherwise); staff report only inside their scope.
	 * Publishes {@link CaseReported}.
	 */
	CaseView report(Caller caller, NewCaseReport report);

	/**
	 * Does one action ({@code "check-pass"}) to a case: 400 for an unknown name, 403 when the caller's role or scope
	 * does not allow it, 409 ({@link IllegalCaseActionException}) when the status does not, 422 when the input is
	 * missing, 409 when someone else changed the case meanwhile. Publishes the events of the step.
	 */
	CaseView act(Caller caller, long id, String actionWire, ActionRequest request);

	/** The case with its whole trace: 404 when unknown, 403 when the caller may not see it. */
	CaseDetail get(Caller caller, long id);

	/** The cases the caller may see that match the query, newest first. */
	Paged<CaseView> search(Caller caller, CaseQuery query, PageRequest page);
}

package org.civicgrid.casework;

import java.util.List;

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
	 * Answers the new case with the open cases it may duplicate (as {@link #possibleDuplicates}), read in the same
	 * transaction. Publishes {@link CaseReported}.
	 */
	ReportedCase report(Caller caller, NewCaseReport report);

	/**
	 * Does one action ({@link CaseAction#CHECK_PASS}) to a case: 403 when the caller's role or scope
	 * does not allow it, 409 ({@link IllegalCaseActionException}) when the status does not, 422 when the input is
	 * missing, 409 when someone else changed the case meanwhile. Publishes the events of the step.
	 */
	CaseView act(Caller caller, long id, CaseAction action, ActionRequest request);

	/**
	 * {@link #report(Caller, NewCaseReport)} with photos (each checked: 415 for what is not a JPEG, PNG or WebP
	 * picture, 413 over the size limit, 422 for too many, naming the field) and, for a grid worker in their own grid,
	 * handling on the spot (自处置): reported with the photos before, handled with the photos after and closed at once.
	 */
	ReportedCase report(Caller caller, NewCaseReport report, ReportAttachments attachments);

	/** {@link #act(Caller, long, CaseAction, ActionRequest)} with photos of the step (such as the photos after handling). */
	CaseView act(Caller caller, long id, CaseAction action, ActionRequest request, List<PhotoUpload> photos);

	/**
	 * Open cases of the same small class within 50 m reported in the 24 h before this one, nearest first, as far as
	 * the caller may see them; empty for residents and volunteers.
	 */
	List<PossibleDuplicate> possibleDuplicates(Caller caller, long id);

	/** Of these cases, the ids of those that have a possible duplicate the caller may see (for boards). */
	java.util.Set<Long> withPossibleDuplicates(Caller caller, java.util.Collection<Long> ids);

	/** The case with its whole trace: 404 when unknown, 403 when the caller may not see it. */
	CaseDetail get(Caller caller, long id);

	/**
	 * The reporter's contact in clear (it is masked everywhere else) for a caller who sees the case and whose role
	 * may reveal personal data, with a reason: the registry's rule ({@code PersonalDataReveals}), audited as
	 * {@code PERSONAL_DATA_REVEALED} with target {@code case:<id>:contact}, refusals too.
	 */
	RevealedReporterContact revealReporterContact(Caller caller, long id, String reason, String remoteAddr);

	/** Whether the caller's role may reveal a reporter's contact (to offer the form). */
	boolean mayRevealReporterContact(Caller caller);

	/** The cases the caller may see that match the query, newest first. */
	Paged<CaseView> search(Caller caller, CaseQuery query, PageRequest page);

	/**
	 * The cases a person of the registry reported (信息收集 by the public): those whose reporter's contact holds the
	 * person's phone number, as far as the caller may see them, newest first. The person must lie in the caller's
	 * scope (the registry's refusals: 403, 404); a person without a phone reported nothing that can be traced.
	 */
	Paged<CaseView> reportedByPerson(Caller caller, long personId, PageRequest page);
}

package org.civicgrid.registry;

import org.civicgrid.shared.Caller;

/**
 * The one rule for showing personal data in clear (a person's ID number or phone, an organisation's contact, a
 * reporter's contact on a case), for every module that keeps some: the caller's role must be one of
 * {@code civicgrid.registry.reveal-roles}, the record's region must lie in the caller's scope, and a reason of 4–500
 * characters must be given. Every reveal is audited as {@code PERSONAL_DATA_REVEALED} and every refused attempt as
 * {@code PERSONAL_DATA_REVEAL_REFUSED} (who, what, why, when, from where).
 */
public interface PersonalDataReveals {

	/** Whether the caller's role may reveal personal data at all (to offer the form). */
	boolean mayReveal(Caller caller);

	/**
	 * Checks and audits one reveal; the caller shows the data only when this returns.
	 *
	 * @param target what is revealed, as the audit trail names it ({@code person:12}, {@code case:7:contact})
	 * @param regionCode the region the record belongs to (a grid code)
	 * @throws org.civicgrid.shared.NotPermittedException (403) for a role that may not reveal
	 * @throws org.civicgrid.shared.OutOfScopeException (403) for a region outside the caller's scope
	 * @throws org.civicgrid.shared.InvalidInputException (422 naming {@code reason}) without a sufficient reason
	 */
	void authorize(Caller caller, String target, String regionCode, String reason, String remoteAddr);
}

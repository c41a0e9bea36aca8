package org.civicgrid.registry;

import org.civicgrid.shared.Caller;

/**
 * Organisations of a filtered list ({@link OrganisationQuery}, as the list searches) as .xlsx, streamed in the
 * organisation template's columns. The contact phone is masked unless the caller's role may reveal it and asks to,
 * with a reason; every export goes to the audit trail like a {@link PeopleExport}.
 */
public interface OrganisationExport {

	/**
	 * Checks everything that can refuse the export before a byte is written.
	 *
	 * @param revealReason null or blank for masked phones; otherwise the reason to export them in clear
	 * @throws org.civicgrid.shared.NotPermittedException for residents, volunteers, or a reveal by a role that
	 *         may not reveal
	 * @throws org.civicgrid.shared.OutOfScopeException for a region filter outside the caller's scope
	 */
	PeopleExport.Export prepare(Caller caller, OrganisationQuery query, String revealReason, String remoteAddr);
}

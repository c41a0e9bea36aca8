package org.civicgrid.registry;

import org.civicgrid.shared.Caller;

/**
 * Houses, households and parts of a filtered list (as the lists search) as .xlsx, streamed in their import
 * templates' columns, in the lists' order; every export goes to the audit trail like a {@link PeopleExport}. Only
 * households hold personal identifiers (their members' ID numbers): masked unless the caller's role may reveal
 * them and asks to, with a reason.
 */
public interface PlacesExport {

	/**
	 * Checks everything that can refuse the export before a byte is written.
	 *
	 * @throws org.civicgrid.shared.NotPermittedException for residents and volunteers
	 * @throws org.civicgrid.shared.OutOfScopeException for a region filter outside the caller's scope
	 * @throws org.civicgrid.shared.InvalidInputException for a malformed filter, naming it
	 */
	PeopleExport.Export houses(Caller caller, HouseQuery query, String remoteAddr);

	/**
	 * Like {@link #houses}; members' ID numbers in clear only for a reveal role giving {@code revealReason}.
	 *
	 * @param revealReason null or blank for masked numbers; otherwise the reason to export them in clear
	 * @throws org.civicgrid.shared.NotPermittedException also for a reveal by a role that may not reveal (audited)
	 */
	PeopleExport.Export households(Caller caller, HouseholdQuery query, String revealReason, String remoteAddr);

	/** Like {@link #houses}. */
	PeopleExport.Export parts(Caller caller, PartQuery query, String remoteAddr);
}

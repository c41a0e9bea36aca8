package org.civicgrid.registry;

import java.util.List;

import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;

/**
 * Organisations and enterprises (组织/企业) in the caller's scope, upserted by unified social credit code
 * (GB 32100); the contact phone is encrypted, shown masked, and revealed like a person's numbers.
 */
public interface Organisations {

	/**
	 * Creates or updates an organisation by its credit code, with history.
	 *
	 * @throws org.civicgrid.shared.InvalidInputException naming every invalid field (a wrong check character, an
	 *         unknown grid, a malformed phone)
	 * @throws org.civicgrid.shared.OutOfScopeException when the grid lies outside the caller's scope
	 */
	Upserted<OrganisationView> upsert(Caller caller, NewOrganisation organisation, ChangeSource source);

	OrganisationView get(Caller caller, long id);

	/** By name substring or whole credit code, masked, in name order. */
	Paged<OrganisationView> search(Caller caller, OrganisationQuery query, PageRequest page);

	List<HistoryEntry> history(Caller caller, long id);

	/**
	 * The contact phone in clear, for a role allowed to reveal ({@code civicgrid.registry.reveal-roles}), with a
	 * reason; audited as {@code PERSONAL_DATA_REVEALED} (or {@code …_REFUSED}) with target {@code organisation:id}.
	 */
	RevealedContact reveal(Caller caller, long id, String reason, String remoteAddr);
}

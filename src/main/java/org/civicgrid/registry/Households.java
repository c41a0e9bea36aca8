package org.civicgrid.registry;

import java.util.List;
import java.util.Optional;

import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;

/** Households (户) in the caller's scope with their members and house; upserted by household number. */
public interface Households {

	/**
	 * Creates or updates a household by its number, with history; members replace the stored list.
	 *
	 * @throws org.civicgrid.shared.InvalidInputException naming every invalid field (an unknown house or member,
	 *         no head or two, a member who belongs to another household)
	 * @throws org.civicgrid.shared.OutOfScopeException when the grid or a member lies outside the caller's scope
	 */
	Upserted<HouseholdView> upsert(Caller caller, NewHousehold household, ChangeSource source);

	HouseholdView get(Caller caller, long id);

	/** The household a person belongs to, if any. */
	Optional<HouseholdView> ofPerson(Caller caller, long personId);

	/** The households living in a house. */
	List<HouseholdView> ofHouse(Caller caller, long houseId);

	Paged<HouseholdView> search(Caller caller, HouseholdQuery query, PageRequest page);

	List<HistoryEntry> history(Caller caller, long id);
}

package org.civicgrid.registry;

import java.util.List;

import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;

/** Houses and rooms (房屋) in the caller's scope; upserted by building, unit, floor and room. */
public interface Houses {

	/**
	 * Creates or updates a house by its natural key, with history.
	 *
	 * @throws org.civicgrid.shared.InvalidInputException naming every invalid field (a building that does not exist,
	 *         a unit or floor beyond the building's record, a missing room or occupancy)
	 * @throws org.civicgrid.shared.OutOfScopeException when the building lies outside the caller's scope
	 */
	Upserted<HouseView> upsert(Caller caller, NewHouse house, ChangeSource source);

	HouseView get(Caller caller, long id);

	Paged<HouseView> search(Caller caller, HouseQuery query, PageRequest page);

	List<HistoryEntry> history(Caller caller, long id);
}

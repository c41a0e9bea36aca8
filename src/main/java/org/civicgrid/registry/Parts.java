package org.civicgrid.registry;

import java.util.List;

import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;

/** Infrastructure parts (部件) in the caller's scope, upserted by 16-digit component code. */
public interface Parts {

	/**
	 * Creates or updates a part by its component code, with history.
	 *
	 * @throws org.civicgrid.shared.InvalidInputException naming every invalid field (a malformed code, a location
	 *         outside China or outside every grid, an unknown grid)
	 * @throws org.civicgrid.shared.OutOfScopeException when the grid lies outside the caller's scope
	 */
	Upserted<PartView> upsert(Caller caller, NewPart part, ChangeSource source);

	PartView get(Caller caller, long id);

	Paged<PartView> search(Caller caller, PartQuery query, PageRequest page);

	List<HistoryEntry> history(Caller caller, long id);
}

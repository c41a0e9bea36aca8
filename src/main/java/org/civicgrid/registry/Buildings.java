package org.civicgrid.registry;

import java.util.List;

import org.civicgrid.shared.Caller;

/**
 * Building records (楼栋): a building is a region of level BUILDING; the registry keeps its address, floors,
 * units, property company and building leader, and shows its houses as a units × floors grid. Scoped like
 * {@link People}: staff within their region, residents and volunteers refused.
 */
public interface Buildings {

	/**
	 * Creates or updates the record of a building by its code, with history.
	 *
	 * @throws org.civicgrid.shared.InvalidInputException naming every invalid field (an unknown building code,
	 *         floors or units missing or out of range)
	 * @throws org.civicgrid.shared.OutOfScopeException when the building lies outside the caller's scope
	 */
	Upserted<BuildingRecordView> upsert(Caller caller, NewBuildingRecord building, ChangeSource source);

	/** The building with its record (if any) and its houses. */
	BuildingView get(Caller caller, String code);

	/** The record's changes, newest first; empty when the building has no record. */
	List<HistoryEntry> history(Caller caller, String code);
}

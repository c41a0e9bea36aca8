package org.civicgrid.registry.internal;

import org.civicgrid.shared.SortColumns;

/**
 * What the registry's lists sort by (their pages' headers and the API's {@code sort}), each field mapped to its
 * columns; without a sort every list keeps its own order, which its export keeps too.
 */
public final class RegistrySorts {

	/** In id order by default: the cheapest order over a million people (see {@code StoredPeople#search}). */
	public static final SortColumns PEOPLE = SortColumns.byDefault(" order by id")
		.field("name", "name")
		.field("birthDate", "birth_date")
		.field("grid", "grid_code")
		.tieBreak("id");

	public static final SortColumns HOUSES = SortColumns.byDefault(StoredHouses.ORDER)
		.field("address", "h.address")
		.field("house", "h.building_code", "h.unit", "h.floor", "h.room")
		.field("occupancy", "h.occupancy")
		.field("residents", "residents")
		.field("area", "h.area")
		.field("building", "h.building_code")
		.tieBreak("h.id");

	public static final SortColumns HOUSEHOLDS = SortColumns.byDefault(StoredHouseholds.ORDER + ", hh.id")
		.field("number", "hh.number")
		.field("address", "hh.address")
		.field("grid", "hh.grid_code")
		.tieBreak("hh.id");

	public static final SortColumns ORGANISATIONS = SortColumns.byDefault(StoredOrganisations.ORDER)
		.field("name", "name")
		.field("type", "type")
		.field("creditCode", "credit_code")
		.field("employees", "employees")
		.field("grid", "grid_code")
		.tieBreak("id");

	public static final SortColumns PARTS = SortColumns.byDefault(StoredParts.ORDER + ", id")
		.field("code", "code")
		.field("name", "name")
		.field("state", "state")
		.field("ownerUnit", "owner_unit")
		.field("grid", "grid_code")
		.tieBreak("id");

	/** The import history: newest first by default. */
	public static final SortColumns IMPORTS = SortColumns.byDefault(" order by created_at desc, id desc")
		.field("createdAt", "created_at")
		.field("kind", "kind")
		.field("filename", "filename")
		.field("state", "state")
		.field("total", "total")
		.field("rejected", "rejected")
		.field("owner", "owner")
		.tieBreak("id");

	private RegistrySorts() {
	}
}

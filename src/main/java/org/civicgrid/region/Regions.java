package org.civicgrid.region;

import java.util.List;
import java.util.Optional;

import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.RegionScope;

/**
 * Reading the grid hierarchy. Callers pass the scope they act in; a code outside it is refused with
 * {@link org.civicgrid.shared.OutOfScopeException}, an unknown one with
 * {@link org.civicgrid.shared.NotFoundException}.
 */
public interface Regions {

	boolean exists(RegionCode code);

	/** The National Bureau of Statistics' name of a county (6-digit) or street (9-digit) code. */
	Optional<String> officialName(RegionCode code);

	RegionDetail detail(RegionScope scope, RegionCode code);

	/** The subtree under {@code root} down to {@code depth} levels (0 = the root alone). */
	RegionNode tree(RegionScope scope, RegionCode root, int depth);

	List<StaffMember> staff(RegionScope scope, RegionCode code);

	/** The grid containing a WGS-84 point, as its contact card; empty outside every grid. */
	Optional<ContactCard> locate(double lat, double lng);

	/** The code of the grid holding a WGS-84 point, from the in-memory grid index alone (no contact card). */
	Optional<RegionCode> gridAt(double lat, double lng);

	ContactCard contactCard(RegionScope scope, RegionCode gridCode);

	/** Regions under {@code root} (itself included) down to {@code deepest}, in code order. */
	List<RegionSummary> subtree(RegionScope scope, RegionCode root, RegionLevel deepest);

	/**
	 * The codes of every street whose code starts with {@code prefix} ({@code ""}: every street), in code order;
	 * for readers that key their data by street and must cover a district (a prefix need not be a region).
	 */
	List<String> streetCodes(String prefix);

	/**
	 * Replaces every region's population counters with the given ones; regions not listed count zero. The
	 * registry calls this after recounting (it owns the people and households behind the numbers).
	 */
	void replaceCounters(List<PopulationCounter> counters);
}

package org.civicgrid.registry;

import org.civicgrid.shared.Caller;

/** Counts per region for the statistics page and the region counters (户数, 人口) of the grid pages. */
public interface RegistryStatistics {

	/**
	 * The counts of a region in the caller's scope (the caller's own region when {@code region} is blank).
	 *
	 * @throws org.civicgrid.shared.NotPermittedException when the caller is not staff
	 * @throws org.civicgrid.shared.OutOfScopeException when the region lies outside the caller's scope
	 */
	RegionStatistics of(Caller caller, String region);

	/**
	 * Recounts population and households for every region and hands them to the region module's counters; runs on
	 * a schedule ({@code civicgrid.registry.counter-refresh}) and after the demo data is loaded.
	 */
	void refreshRegionCounters();
}

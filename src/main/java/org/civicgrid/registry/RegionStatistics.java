package org.civicgrid.registry;

import java.util.Map;

/**
 * What the registry counts in one region: people, households, houses by occupancy (every value present), people
 * per configured tag (configured order, zero included), organisations and parts.
 */
public record RegionStatistics(String regionCode, long population, long households, Map<Occupancy, Long> houses,
		Map<String, Long> tags, long organisations, long parts) {
}

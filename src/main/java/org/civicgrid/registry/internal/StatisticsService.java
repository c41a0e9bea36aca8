package org.civicgrid.registry.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.region.PopulationCounter;
import org.civicgrid.region.Regions;
import org.civicgrid.registry.RegionStatistics;
import org.civicgrid.registry.RegistryStatistics;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link RegistryStatistics}: counts under a region prefix, and the recount that feeds the region counters. A
 * person or household counts in its grid and every region above it; in a building through the person's
 * building code or the household's house.
 */
@Service
class StatisticsService implements RegistryStatistics {

	private static final Logger log = LoggerFactory.getLogger(StatisticsService.class);

	private final StoredPeople people;
	private final StoredHouseholds households;
	private final StoredHouses houses;
	private final StoredOrganisations organisations;
	private final StoredParts parts;
	private final RegistrySettings settings;
	private final Regions regions;
	private final JdbcClient jdbc;

	StatisticsService(StoredPeople people, StoredHouseholds households, StoredHouses houses,
			StoredOrganisations organisations, StoredParts parts, RegistrySettings settings, Regions regions,
			JdbcClient jdbc) {
		this.people = people;
		this.households = households;
		this.houses = houses;
		this.organisations = organisations;
		this.parts = parts;
		this.settings = settings;
		this.regions = regions;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public RegionStatistics of(Caller caller, String region) {
		PersonReader.requireStaff(caller);
		String code = Fields.code(region) == null ? caller.regionCode() : Fields.code(region);
		if (RegionLevel.ofCode(code).isEmpty()) {
			throw InvalidInputException.of("region", "registry.person.region-format", code);
		}
		caller.scope().require(code);
		if (!regions.exists(RegionCode.of(code))) {
			throw new NotFoundException("registry.region.not-found", code);
		}
		String pattern = code + "%";
		Map<String, Long> stored = people.tagCounts(pattern);
		Map<String, Long> tags = new LinkedHashMap<>();
		settings.tags().forEach(t -> tags.put(t, stored.getOrDefault(t, 0L)));
		return new RegionStatistics(code, people.count(pattern), households.count(pattern),
				houses.countByOccupancy(pattern), tags, organisations.count(pattern), parts.count(pattern));
	}

	@Override
	@Scheduled(initialDelayString = "${civicgrid.registry.counter-refresh:PT5M}",
			fixedDelayString = "${civicgrid.registry.counter-refresh:PT5M}")
	@Transactional
	public void refreshRegionCounters() {
		Map<String, int[]> counts = new HashMap<>();
		jdbc.sql("select grid_code, building_code, count(*) from person group by grid_code, building_code")
			.query(rs -> {
				add(counts, rs.getString(1), rs.getString(2), 1, rs.getInt(3));
			});
		jdbc.sql("""
				select hh.grid_code, h.building_code, count(*) from household hh left join house h on h.id = hh.house_id
				group by hh.grid_code, h.building_code""")
			.query(rs -> {
				add(counts, rs.getString(1), rs.getString(2), 0, rs.getInt(3));
			});
		List<PopulationCounter> counters = new ArrayList<>();
		counts.forEach((code, c) -> counters.add(new PopulationCounter(code, c[0], c[1])));
		regions.replaceCounters(counters);
		log.debug("Region counters refreshed for {} regions", counters.size());
	}

	/** Adds {@code n} to slot {@code slot} (0 households, 1 population) of the grid, its ancestors and building. */
	private static void add(Map<String, int[]> counts, String grid, String building, int slot, int n) {
		for (RegionLevel level : RegionLevel.values()) {
			if (level != RegionLevel.BUILDING && grid.length() >= level.codeLength()) {
				counts.computeIfAbsent(grid.substring(0, level.codeLength()), k -> new int[2])[slot] += n;
			}
		}
		if (building != null && building.startsWith(grid)) {
			counts.computeIfAbsent(building, k -> new int[2])[slot] += n;
		}
	}
}

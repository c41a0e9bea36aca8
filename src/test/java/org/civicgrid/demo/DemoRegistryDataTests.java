package org.civicgrid.demo;

import java.util.List;

import org.civicgrid.region.RegionDetail;
import org.civicgrid.region.Regions;
import org.civicgrid.registry.RegionStatistics;
import org.civicgrid.registry.RegistryStatistics;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionScope;
import org.civicgrid.shared.Role;
import org.civicgrid.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's demo data for one community (the test profile skips it at start-up): real-looking households,
 * houses, organisations and parts, loaded through the upserts, so a second load changes nothing; and the region
 * counters of the grid pages count them.
 */
@IntegrationTest
class DemoRegistryDataTests {

	static final String COMMUNITY = "410105560001";
	static final Caller COMMUNITY_STAFF = new Caller(-1, "community1", "社区", Role.COMMUNITY_STAFF, COMMUNITY);

	@Autowired
	DemoRegistryData data;

	@Autowired
	DemoSettings settings;

	@Autowired
	Regions regions;

	@Autowired
	RegistryStatistics statistics;

	@Test
	void oneCommunityGetsHouseholdsHousesOrganisationsAndPartsAndASecondLoadChangesNothing() {
		List<DemoRegion> district = DemoDistrict.generate(settings.demoScale(), settings.seed(),
				code -> regions.officialName(RegionCode.of(code)));
		RegionStatistics before = statistics.of(COMMUNITY_STAFF, COMMUNITY);
		int people = data.load(district, COMMUNITY, settings.seed());

		RegionStatistics loaded = statistics.of(COMMUNITY_STAFF, COMMUNITY);
		long grids = district.stream().filter(r -> r.code().startsWith(COMMUNITY) && r.code().length() == 15).count();
		assertThat(people).isPositive();
		assertThat(loaded.population()).isGreaterThanOrEqualTo(before.population() + people);
		assertThat(loaded.households()).isGreaterThan(before.households());
		assertThat(loaded.houses().values().stream().mapToLong(Long::longValue).sum()).isPositive();
		assertThat(loaded.organisations()).isGreaterThanOrEqualTo(before.organisations() + 2 * grids);
		assertThat(loaded.parts()).isGreaterThanOrEqualTo(before.parts() + 4 * grids);
		assertThat(loaded.tags().get("流动人口")).isPositive();

		RegionDetail community = regions.detail(RegionScope.ALL, RegionCode.of(COMMUNITY));
		assertThat(community.population()).isEqualTo((int) loaded.population());
		assertThat(community.households()).isEqualTo((int) loaded.households());

		data.load(district, COMMUNITY, settings.seed());
		RegionStatistics again = statistics.of(COMMUNITY_STAFF, COMMUNITY);
		assertThat(again).isEqualTo(loaded);
	}
}

package org.civicgrid.registry;

import java.util.Map;

import org.civicgrid.region.Regions;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionScope;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.registry.PlacesFixtures.BASE;
import static org.civicgrid.shared.ProblemAssertions.assertProblem;

/** Statistics per region in the caller's scope, and the region counters they feed. */
class StatisticsApiTests extends ApiTest {

	static final String GRID_1 = PeopleFixtures.GRID;

	@Autowired
	Regions regions;

	@Autowired
	RegistryStatistics statistics;

	@Test
	void aRegionsCountsGrowWithWhatIsRegisteredInItAndFeedTheRegionCounters() {
		String path = BASE + "/statistics?region=" + GRID_1;
		JsonNode before = api.as("gridworker1").get(path).json();
		String building = PlacesFixtures.buildingOf(regions, GRID_1);
		api.as("gridworker1").put(BASE + "/houses", PlacesApiTests.house(building, PlacesFixtures.room(), "RENTED"));
		long person = PeopleFixtures.register(api.as("gridworker1"),
				PeopleFixtures.person("统计甲", PeopleFixtures.idNumber(), null, GRID_1, "低保"));
		api.as("gridworker1").put(BASE + "/households", Map.of("number", PlacesFixtures.unique("ST"), "gridCode",
				GRID_1, "members", java.util.List.of(Map.of("personId", person, "relation", "户主"))));
		api.as("gridworker1").put(BASE + "/organisations",
				OrganisationsAndPartsApiTests.organisation(PlacesFixtures.creditCode(), "统计公司", GRID_1));

		JsonNode after = api.as("gridworker1").get(path).json();
		assertThat(after.get("regionCode").asString()).isEqualTo(GRID_1);
		assertThat(after.get("population").asLong()).isEqualTo(before.get("population").asLong() + 1);
		assertThat(after.get("households").asLong()).isEqualTo(before.get("households").asLong() + 1);
		assertThat(after.get("houses").get("RENTED").asLong())
			.isEqualTo(before.get("houses").get("RENTED").asLong() + 1);
		assertThat(after.get("houses").has("VACANT")).isTrue();
		assertThat(after.get("tags").get("低保").asLong()).isEqualTo(before.get("tags").get("低保").asLong() + 1);
		assertThat(after.get("organisations").asLong()).isEqualTo(before.get("organisations").asLong() + 1);

		statistics.refreshRegionCounters();
		var grid = regions.detail(RegionScope.ALL, RegionCode.of(GRID_1));
		assertThat(grid.population()).isEqualTo(after.get("population").asInt());
		assertThat(grid.households()).isEqualTo(after.get("households").asInt());
		long community = api.as("community1").get(BASE + "/statistics").json().get("population").asLong();
		assertThat(regions.detail(RegionScope.ALL, RegionCode.of("410105560001")).population()).isEqualTo((int) community);
	}

	@Test
	void statisticsOutsideTheScopeOrForResidentsAreRefused() {
		assertProblem(api.as("gridworker1").get(BASE + "/statistics?region=410105560002001"), 403, "out-of-scope");
		assertProblem(api.as("community1").get(BASE + "/statistics?region=410105560"), 403, "out-of-scope");
		assertProblem(api.as("resident1").get(BASE + "/statistics"), 403, "forbidden");
		assertProblem(api.as("volunteer1").get(BASE + "/statistics?region=410105560001"), 403, "forbidden");
		assertProblem(api.as("admin").get(BASE + "/statistics?region=abc"), 400, "validation");
		assertProblem(api.as("admin").get(BASE + "/statistics?region=410105560099"), 404, "not-found");
		assertThat(api.as("gridworker1").get(BASE + "/statistics").json().get("regionCode").asString())
			.isEqualTo(GRID_1);
	}
}

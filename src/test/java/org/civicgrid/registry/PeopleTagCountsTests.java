package org.civicgrid.registry;

import java.util.Map;

import org.civicgrid.shared.Caller;
import org.civicgrid.shared.NotPermittedException;
import org.civicgrid.shared.Role;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.registry.PeopleFixtures.GRID;
import static org.civicgrid.registry.PeopleFixtures.person;
import static org.civicgrid.registry.PeopleFixtures.register;

/** The people list's chart: per configured tag, the people of the caller's scope only. */
class PeopleTagCountsTests extends ApiTest {

	private static final Caller GRID_WORKER_1 = new Caller(-1, "gridworker1", "网格员一", Role.GRID_WORKER, GRID);
	private static final Caller GRID_WORKER_2 = new Caller(-2, "gridworker2", "网格员二", Role.GRID_WORKER,
			"410105560002001");

	@Autowired
	People people;

	@Test
	void aTagCountsThePeopleOfTheCallersScopeOnlyAndEveryConfiguredTagIsListed() {
		Map<String, Long> ownBefore = people.tagCounts(GRID_WORKER_1);
		Map<String, Long> otherBefore = people.tagCounts(GRID_WORKER_2);

		register(api.as("community1"), person("统计居民", PeopleFixtures.idNumber(), null, GRID, "退役军人", "残疾人"));

		Map<String, Long> own = people.tagCounts(GRID_WORKER_1);
		assertThat(own.keySet()).containsExactlyElementsOf(people.tags());
		assertThat(own.get("退役军人")).isEqualTo(ownBefore.get("退役军人") + 1);
		assertThat(own.get("残疾人")).isEqualTo(ownBefore.get("残疾人") + 1);
		assertThat(own.get("流动人口")).isEqualTo(ownBefore.get("流动人口"));
		assertThat(people.tagCounts(GRID_WORKER_2)).isEqualTo(otherBefore);
	}

	@Test
	void residentsGetNoCounts() {
		Caller resident = new Caller(-3, "resident1", "居民", Role.RESIDENT, GRID);
		assertThatThrownBy(() -> people.tagCounts(resident)).isInstanceOf(NotPermittedException.class);
	}

	@Test
	void onlyTheConfiguredRolesMayReveal() {
		assertThat(people.canReveal(new Caller(-4, "community1", "社区", Role.COMMUNITY_STAFF, "410105560001"))).isTrue();
		assertThat(people.canReveal(GRID_WORKER_1)).isFalse();
	}
}

package org.civicgrid.registry.internal;

import java.util.List;

import org.civicgrid.registry.ChangeSource;
import org.civicgrid.registry.NewPerson;
import org.civicgrid.registry.People;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.RegionScope;
import org.civicgrid.shared.Role;
import org.civicgrid.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A name search stops counting at the cap and says so (at a cap of 3 here; the app's is 10,000, which a test
 * cannot reach): the page is still the right page, the total is the cap and {@code totalCapped} is true.
 */
@IntegrationTest
class PeopleCountCapTests {

	static final Caller ADMIN = new Caller(-1, "admin", "管理员", Role.ADMIN, "410105");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Identifiers identifiers;

	@Autowired
	People people;

	@Test
	void aCountPastTheCapIsReportedAsCapped() {
		String name = "计数" + (char) ('甲' + (int) (System.nanoTime() % 50));
		for (int i = 0; i < 4; i++) {
			people.register(ADMIN, new NewPerson(name + "封顶", null, null, null, null, null, null, null, null, null,
					null, null, null, List.of(), null, "410105560003001", null), ChangeSource.COUNTER);
		}
		StoredPeople capped = new StoredPeople(jdbc, identifiers, 3, StoredPeople.FEW_MATCHES);
		PeopleCriteria byName = inGrid().nameContains(name + "封顶", prefix -> List.of());
		Paged<StoredPerson> page = capped.search(byName, new PageRequest(0, 2));
		assertThat(page.totalCapped()).isTrue();
		assertThat(page.total()).isEqualTo(3);
		assertThat(page.items()).hasSize(2);

		Paged<StoredPerson> exact = new StoredPeople(jdbc, identifiers, 100, StoredPeople.FEW_MATCHES).search(
				inGrid().nameContains(name + "封顶", prefix -> List.of()), new PageRequest(0, 2));
		assertThat(exact.totalCapped()).isFalse();
		assertThat(exact.total()).isGreaterThanOrEqualTo(4);
	}

	private static PeopleCriteria inGrid() {
		return PeopleCriteria.within(RegionScope.of("410105560003001"), null);
	}
}

package org.civicgrid.services.internal.halls;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicgrid.identity.StaffAccount;
import org.civicgrid.shared.Role;
import org.junit.jupiter.api.Test;

/**
 * The A/B post rule (AB角) and who may be named at a hall, without the application: A serves unless away, then B;
 * both away is uncovered; staff work in the hall's street or above it.
 */
class AbCoverTests {

	@Test
	void aServesUnlessAwayThenBThenNobody() {
		assertThat(DutyCover.of("a", false, "b", false)).isEqualTo(DutyCover.A);
		assertThat(DutyCover.of("a", true, "b", false)).isEqualTo(DutyCover.B);
		assertThat(DutyCover.of("a", true, "b", true)).isEqualTo(DutyCover.UNCOVERED);
		assertThat(DutyCover.of(null, false, "b", false)).isEqualTo(DutyCover.B);
		assertThat(DutyCover.of("a", true, null, false)).isEqualTo(DutyCover.UNCOVERED);
		assertThat(DutyCover.of(null, false, " ", false)).isEqualTo(DutyCover.UNSTAFFED);
	}

	@Test
	void staffWorkInTheHallsStreetOrAboveIt() {
		Hall community = new Hall("H1", "社区大厅", HallLevel.COMMUNITY_HALL, "410105560001", "");
		Hall grid = new Hall("H2", "网格上门", HallLevel.GRID_DOOR, "410105560001001", "");
		assertThat(CounterRules.worksFor(staff("410105560001"), community)).isTrue();
		assertThat(CounterRules.worksFor(staff("410105560002001"), grid)).as("a neighbouring grid's worker").isTrue();
		assertThat(CounterRules.worksFor(staff("410105560"), grid)).as("the street's staff").isTrue();
		assertThat(CounterRules.worksFor(staff("410105"), community)).as("the district").isTrue();
		assertThat(CounterRules.worksFor(staff("410105561001"), community)).as("another street").isFalse();
		assertThat(CounterRules.worksFor(staff("410106"), community)).as("another district").isFalse();
		assertThat(CounterRules.worksFor(staff("CGJ"), community)).as("not a region").isFalse();
	}

	private static StaffAccount staff(String unit) {
		return new StaffAccount("s", "某某", Role.COMMUNITY_STAFF, unit);
	}
}

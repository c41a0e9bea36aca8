package org.civicgrid.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.civicgrid.registry.NewOrganisation;
import org.civicgrid.registry.Sex;
import org.civicgrid.shared.RegionLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's names without a database: residents' given names come from the list of their sex, and the
 * organisations of a whole district-scale demo (455 grids) never share a name.
 */
class DemoNamesTests {

	@Test
	void aGivenNameIsAlwaysOneOfTheRecordedSexsAndTheListsShareNoName() {
		assertThat(ResidentNames.MALE).doesNotContainAnyElementsOf(ResidentNames.FEMALE).doesNotHaveDuplicates();
		assertThat(ResidentNames.FEMALE).doesNotHaveDuplicates();
		SplittableRandom r = new SplittableRandom(20261122L);
		for (int i = 0; i < 5_000; i++) {
			assertThat(ResidentNames.given(Sex.MALE, r)).isIn(ResidentNames.MALE);
			assertThat(ResidentNames.given(Sex.FEMALE, r)).isIn(ResidentNames.FEMALE);
			assertThat(ResidentNames.SURNAMES).contains(ResidentNames.surname(r));
		}
		assertThat(ResidentNames.of(Sex.FEMALE)).contains("秀英").doesNotContain("建国");
	}

	@Test
	void noTwoOrganisationsOfADistrictScaleDemoShareAName() {
		for (DemoScale scale : List.of(DemoScale.RUYIHU, DemoScale.DISTRICT)) {
			List<DemoRegion> grids = DemoDistrict.generate(scale, 20261122L, code -> Optional.empty()).stream()
				.filter(r -> r.level() == RegionLevel.GRID).toList();
			OrganisationNames names = new OrganisationNames();
			List<String> all = new ArrayList<>();
			for (DemoRegion grid : grids) {
				SplittableRandom r = new SplittableRandom(20261122L * 17 + grid.code().hashCode());
				DemoRegistryData.organisationsOf(grid, r, names).stream().map(NewOrganisation::name).forEach(all::add);
			}
			assertThat(all).as(scale.toString()).hasSize(2 * grids.size()).doesNotHaveDuplicates()
				.allSatisfy(n -> assertThat(n).startsWith("郑州"));
		}
	}

	@Test
	void namesStayDistinctWhenChanceKeepsHittingTakenOnes() {
		OrganisationNames names = new OrganisationNames();
		SplittableRandom r = new SplittableRandom(1);
		var given = new HashSet<String>();
		for (int i = 0; i < 200; i++) {
			assertThat(given.add(names.next("如意湖", "便民超市", r))).isTrue();
		}
		assertThat(given).contains("郑州如意湖鑫源便民超市", "郑州如意湖鑫源2便民超市");
	}
}

package org.civicgrid.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RegionCodeTests {

	@ParameterizedTest
	@CsvSource({ "410105, DISTRICT", "410105560, STREET", "410105560001, COMMUNITY", "410105560001001, GRID",
			"410105560001001001, BUILDING" })
	void aCodeOfEachLengthBelongsToItsLevel(String code, RegionLevel level) {
		assertThat(RegionCode.of(code).level()).isEqualTo(level);
		assertThat(RegionLevel.ofCode(code)).contains(level);
		assertThat(RegionCode.isOf(code, level)).isTrue();
		assertThat(level.codeLength()).isEqualTo(code.length());
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "41010", "4101055", "41010556000", "4101055600010010011", "41010a", "410105 ", "-41010",
			"４１０１０５", "410105560001001001001" })
	void anythingButSixToEighteenDigitsInStepsOfThreeIsNoCode(String code) {
		assertThat(RegionCode.parse(code)).isEmpty();
		assertThat(RegionLevel.ofCode(code)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.of(code));
	}

	@Test
	void theParentDropsTheLastThreeDigitsDownToTheDistrict() {
		assertThat(RegionCode.of("410105560001001001").parent()).contains(RegionCode.of("410105560001001"));
		assertThat(RegionCode.of("410105560001001").parent()).contains(RegionCode.of("410105560001"));
		assertThat(RegionCode.of("410105560001").parent()).contains(RegionCode.of("410105560"));
		assertThat(RegionCode.of("410105560").parent()).contains(RegionCode.of("410105"));
		assertThat(RegionCode.of("410105").parent()).isEmpty();
	}

	@Test
	void aCodeNamesTheRegionContainingItAtAnyLevelAboveOrItself() {
		RegionCode grid = RegionCode.of("410105560001007");
		assertThat(grid.at(RegionLevel.DISTRICT)).hasToString("410105");
		assertThat(grid.at(RegionLevel.STREET)).hasToString("410105560");
		assertThat(grid.at(RegionLevel.COMMUNITY)).hasToString("410105560001");
		assertThat(grid.at(RegionLevel.GRID)).isSameAs(grid);
		assertThatIllegalArgumentException().isThrownBy(() -> grid.at(RegionLevel.BUILDING));
	}

	@Test
	void aRegionLiesWithinItsAncestorsOnlyAndItsScopeCoversItsDescendants() {
		RegionCode street = RegionCode.of("410105560");
		assertThat(RegionCode.of("410105560001007").isWithin(street)).isTrue();
		assertThat(street.isWithin(street)).isTrue();
		assertThat(RegionCode.of("410105561001007").isWithin(street)).isFalse();
		assertThat(street.isWithin(RegionCode.of("410105560001"))).isFalse();
		assertThat(street.scope().covers("410105560002001")).isTrue();
		assertThat(street.scope().covers("410105561")).isFalse();
	}

	@Test
	void levelsNestFromDistrictToBuilding() {
		assertThat(RegionLevel.DISTRICT.parent()).isEmpty();
		assertThat(RegionLevel.DISTRICT.child()).contains(RegionLevel.STREET);
		assertThat(RegionLevel.GRID.parent()).contains(RegionLevel.COMMUNITY);
		assertThat(RegionLevel.GRID.child()).contains(RegionLevel.BUILDING);
		assertThat(RegionLevel.BUILDING.child()).isEmpty();
		for (RegionLevel level : RegionLevel.values()) {
			level.parent().ifPresent(p -> assertThat(p.codeLength()).isEqualTo(level.codeLength() - 3));
		}
	}
}

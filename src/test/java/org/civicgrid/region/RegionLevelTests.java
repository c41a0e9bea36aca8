package org.civicgrid.region;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RegionLevelTests {

	@ParameterizedTest
	@CsvSource({ "410105, DISTRICT", "410105560, STREET", "410105560001, COMMUNITY", "410105560001001, GRID",
			"410105560001001001, BUILDING" })
	void aCodeOfEachLengthBelongsToItsLevel(String code, RegionLevel level) {
		assertThat(RegionLevel.ofCode(code)).contains(level);
		assertThat(level.codeLength()).isEqualTo(code.length());
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "41010", "4101055", "41010556000", "4101055600010010011", "41010a", "410105 ", "-41010",
			"４１０１０５" })
	void anythingButSixToEighteenDigitsInStepsOfThreeHasNoLevel(String code) {
		assertThat(RegionLevel.ofCode(code)).isEmpty();
	}

	@Test
	void parentCodeDropsTheLastThreeDigitsDownToTheDistrict() {
		assertThat(RegionLevel.parentCode("410105560001001001")).isEqualTo("410105560001001");
		assertThat(RegionLevel.parentCode("410105560001001")).isEqualTo("410105560001");
		assertThat(RegionLevel.parentCode("410105560001")).isEqualTo("410105560");
		assertThat(RegionLevel.parentCode("410105560")).isEqualTo("410105");
		assertThat(RegionLevel.parentCode("410105")).isNull();
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

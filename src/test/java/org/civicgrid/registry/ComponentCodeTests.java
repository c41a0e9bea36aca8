package org.civicgrid.registry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.registry.ValueAssertions.assertRefused;

class ComponentCodeTests {

	@Test
	void splitsIntoCountyBigClassSmallClassAndSerial() {
		ComponentCode manhole = ComponentCode.parse("4101050103000123");
		assertThat(manhole.countyCode()).isEqualTo("410105");
		assertThat(manhole.bigClass()).isEqualTo(ComponentClass.PUBLIC_UTILITIES);
		assertThat(manhole.bigClass().label()).isEqualTo("公用设施");
		assertThat(manhole.smallClass()).isEqualTo("03");
		assertThat(manhole.classCode()).isEqualTo("0103");
		assertThat(manhole.serial()).isEqualTo("000123");
	}

	@Test
	void knowsEveryBigClassOfTheStandard() {
		assertThat(ComponentCode.parse("4101050201000001").bigClass()).isEqualTo(ComponentClass.ROADS_AND_TRAFFIC);
		assertThat(ComponentCode.parse("4101050301000001").bigClass()).isEqualTo(ComponentClass.CITY_APPEARANCE);
		assertThat(ComponentCode.parse("4101050401000001").bigClass()).isEqualTo(ComponentClass.LANDSCAPING);
		assertThat(ComponentCode.parse("4101050501000001").bigClass()).isEqualTo(ComponentClass.HOUSING_AND_LAND);
		assertThat(ComponentCode.parse("4101050601000001").bigClass()).isEqualTo(ComponentClass.OTHER_FACILITIES);
		assertThat(ComponentCode.parse("4101059901000001").bigClass()).isEqualTo(ComponentClass.EXTENSION);
	}

	@Test
	void forgivesFullWidthDigitsAndSpaces() {
		assertThat(ComponentCode.parse(" ４１０１０５ 01 03 000123 ").value()).isEqualTo("4101050103000123");
	}

	@Test
	void refusesAnUnknownBigClassASmallClassOfZeroAndASerialOfZero() {
		assertRefused(() -> ComponentCode.parse("4101050701000001"), "componentCode",
				"registry.component-code.big-class", null);
		assertRefused(() -> ComponentCode.parse("4101050100000001"), "componentCode",
				"registry.component-code.small-class", null);
		assertRefused(() -> ComponentCode.parse("4101050103000000"), "componentCode",
				"registry.component-code.serial", null);
	}

	@Test
	void refusesTheWrongLengthLettersAndAnUnknownProvince() {
		assertRefused(() -> ComponentCode.parse("410105010300012"), "componentCode",
				"registry.component-code.length", null);
		assertRefused(() -> ComponentCode.parse("41010501030001A3"), "componentCode",
				"registry.component-code.characters", null);
		assertRefused(() -> ComponentCode.parse("9901050103000123"), "componentCode",
				"registry.component-code.county", null);
	}
}

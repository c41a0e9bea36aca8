package org.civicgrid.region.internal;

import org.civicgrid.shared.RegionLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RegionCodeRulesTests {

	private final Divisions divisions = new Divisions();

	private final RegionCodeRules rules = new RegionCodeRules(divisions);

	@Test
	void divisionsKnowTheRealCountyAndStreetByName() {
		assertThat(divisions.county("410105")).contains("金水区");
		assertThat(divisions.street("410105560")).contains("如意湖街道");
		assertThat(divisions.street("410105001")).contains("经八路街道");
		assertThat(divisions.county("410199")).isEmpty();
		assertThat(divisions.county("419999")).isEmpty();
		assertThat(divisions.street("410105999")).isEmpty();
		assertThat(divisions.street("410105")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "410105", "410105560", "410105001", "410105560001", "410105560009", "410105560001001",
			"410105560001999", "410105560001001001" })
	void acceptsIssuedCountyAndStreetCodesAndSequencesBelowThem(String code) {
		assertThat(rules.violation(code, null)).isEmpty();
		assertThat(rules.violation(code, RegionLevel.ofCode(code).orElseThrow())).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "410199, region.code-county", "419999, region.code-county", "410105999, region.code-street",
			"410199001, region.code-street", "410105560000, region.code-sequence",
			"410105560001000, region.code-sequence", "410105560001001000, region.code-sequence",
			"41010556000, region.code-format", "41010556000a, region.code-format", "'', region.code-format" })
	void refusesCodesTheBureauDidNotIssueOrWithoutASequenceNumber(String code, String key) {
		assertThat(rules.violation(code, null)).contains(key);
	}

	@Test
	void refusesACodeWhoseLengthContradictsTheDeclaredLevel() {
		assertThat(rules.violation("410105560001", RegionLevel.GRID)).contains("region.code-level");
		assertThat(rules.violation("410105560", RegionLevel.DISTRICT)).contains("region.code-level");
	}
}

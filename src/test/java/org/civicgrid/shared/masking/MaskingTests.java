package org.civicgrid.shared.masking;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTests {

	@Test
	void idNumberKeepsRegionPrefixAndLastFour() {
		assertThat(Masking.idNumber("41010519800101123X")).isEqualTo("410105********123X");
	}

	@Test
	void otherDocumentNumbersKeepFirstAndLastCharacter() {
		assertThat(Masking.idNumber("E12345678")).isEqualTo("E*******8");
		assertThat(Masking.idNumber("AB")).isEqualTo("**");
		assertThat(Masking.idNumber("")).isEmpty();
	}

	@Test
	void mobileKeepsCarrierPrefixAndLastFour() {
		assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
	}

	@Test
	void landlineKeepsOnlyItsLastFourDigitsAndItsDash() {
		assertThat(Masking.phone("0371-65125678")).isEqualTo("****-****5678");
		assertThat(Masking.phone("010-1234")).isEqualTo("***-1234");
	}

	@Test
	void nullStaysNull() {
		assertThat(Masking.idNumber(null)).isNull();
		assertThat(Masking.phone(null)).isNull();
	}
}

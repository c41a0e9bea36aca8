package org.civicgrid.registry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.registry.ValueAssertions.assertRefused;

class CreditCodeTests {

	static final String SAMPLE = "91350100M000100Y43";

	/** GB 32100-2015 computed here: W_i = 3^(i-1) mod 31, check = (31 - Σ C_i·W_i mod 31) mod 31. */
	static String withCheck(String first17) {
		String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
		int sum = 0;
		int weight = 1;
		for (int i = 0; i < 17; i++) {
			sum += chars.indexOf(first17.charAt(i)) * weight;
			weight = weight * 3 % 31;
		}
		return first17 + chars.charAt((31 - sum % 31) % 31);
	}

	@Test
	void thePublishedSampleIsValidAndNamesItsAuthorityTypeAndRegion() {
		assertThat(withCheck(SAMPLE.substring(0, 17))).isEqualTo(SAMPLE);
		CreditCode code = CreditCode.parse(SAMPLE);
		assertThat(code.value()).isEqualTo(SAMPLE);
		assertThat(code.registrationAuthority()).isEqualTo('9');
		assertThat(code.organisationType()).isEqualTo('1');
		assertThat(code.regionCode()).isEqualTo("350100");
		assertThat(code.subjectCode()).isEqualTo("M000100Y4");
	}

	@Test
	void acceptsCodesWhoseCheckCharacterIsALetterOrZero() {
		for (String first17 : new String[] { "12410105MB1234567", "52410105MJ0000001", "92410105MA9XYQ123",
				"Y1410105000000000" }) {
			String code = withCheck(first17);
			assertThat(CreditCode.parse(code).value()).isEqualTo(code);
		}
	}

	@Test
	void forgivesLowercaseFullWidthAndSpaces() {
		assertThat(CreditCode.parse(" 91350100m000100y43 ").value()).isEqualTo(SAMPLE);
		assertThat(CreditCode.parse("９１３５０１００Ｍ０００１００Ｙ４３").value()).isEqualTo(SAMPLE);
	}

	@Test
	void refusesAWrongCheckCharacter() {
		assertRefused(() -> CreditCode.parse("91350100M000100Y44"), "creditCode",
				"registry.credit-code.check-character", null);
	}

	@Test
	void refusesLettersTheStandardLeftOut() {
		for (String letter : new String[] { "I", "O", "Z", "S", "V" }) {
			assertRefused(() -> CreditCode.parse("91350100" + letter + "000100Y43"), "creditCode",
					"registry.credit-code.characters", null);
		}
	}

	@Test
	void refusesTheWrongLengthAndALetterInTheDivisionCode() {
		assertRefused(() -> CreditCode.parse("91350100M000100Y4"), "creditCode", "registry.credit-code.length",
				null);
		assertRefused(() -> CreditCode.parse("913501A0M000100Y43"), "creditCode", "registry.credit-code.region",
				null);
		assertRefused(() -> CreditCode.parse(""), "creditCode", "validation.required", null);
	}
}

package org.civicgrid.registry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.registry.ValueAssertions.assertRefused;

class PhoneNumberTests {

	@Test
	void aMobileIsElevenDigitsHoweverItWasWritten() {
		for (String written : new String[] { "13812345678", " 138 1234 5678 ", "138-1234-5678", "+86 138 1234 5678",
				"+8613812345678", "008613812345678", "8613812345678", "１３８１２３４５６７８" }) {
			PhoneNumber phone = PhoneNumber.parse(written);
			assertThat(phone.value()).as(written).isEqualTo("13812345678");
			assertThat(phone.isMobile()).isTrue();
			assertThat(phone.areaCode()).isEmpty();
		}
	}

	@Test
	void aLandlineKeepsOneDashAfterItsAreaCode() {
		assertThat(PhoneNumber.parse("0371-65123456").value()).isEqualTo("0371-65123456");
		assertThat(PhoneNumber.parse("037165123456").value()).isEqualTo("0371-65123456");
		assertThat(PhoneNumber.parse("(0371) 6512 3456").value()).isEqualTo("0371-65123456");
		assertThat(PhoneNumber.parse("010 62345678").value()).isEqualTo("010-62345678");
		assertThat(PhoneNumber.parse("０２１－６４３２１２３４").value()).isEqualTo("021-64321234");
		assertThat(PhoneNumber.parse("0391-2123456").value()).isEqualTo("0391-2123456");
		PhoneNumber landline = PhoneNumber.parse("+86 0371-65123456");
		assertThat(landline.isMobile()).isFalse();
		assertThat(landline.areaCode()).isEqualTo("0371");
	}

	@Test
	void refusesMobilesOfTheWrongShape() {
		assertRefused(() -> PhoneNumber.parse("1381234567"), "phone", "registry.phone.mobile", null);
		assertRefused(() -> PhoneNumber.parse("12812345678"), "phone", "registry.phone.mobile", null);
		assertRefused(() -> PhoneNumber.parse("138123456789"), "phone", "registry.phone.mobile", null);
	}

	@Test
	void refusesLandlinesOfTheWrongShape() {
		assertRefused(() -> PhoneNumber.parse("0371-651234"), "phone", "registry.phone.landline", null);
		assertRefused(() -> PhoneNumber.parse("0371-651234567"), "phone", "registry.phone.landline", null);
		assertRefused(() -> PhoneNumber.parse("0371-05123456"), "phone", "registry.phone.landline", null);
		assertRefused(() -> PhoneNumber.parse("010-12345678"), "phone", "registry.phone.landline", null);
	}

	@Test
	void refusesLettersAndNumbersThatAreNeither() {
		assertRefused(() -> PhoneNumber.parse("138abcd5678"), "phone", "registry.phone.characters", null);
		assertRefused(() -> PhoneNumber.parse("65123456"), "phone", "registry.phone.format", null);
		assertRefused(() -> PhoneNumber.parse(null), "phone", "validation.required", null);
	}

	@Test
	void showsItselfMasked() {
		assertThat(PhoneNumber.parse("13812345678").toString()).isEqualTo("138****5678");
		assertThat(PhoneNumber.parse("0371-65125678").masked()).isEqualTo("****-****5678");
	}
}

package org.civicgrid.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.registry.IdNumbers.MAN_1980;
import static org.civicgrid.registry.IdNumbers.SAMPLE;
import static org.civicgrid.registry.IdNumbers.withCheck;
import static org.civicgrid.registry.IdNumbers.withWrongCheck;
import static org.civicgrid.registry.ValueAssertions.assertRefused;

class IdNumberTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	@Test
	void theCommonlyCitedSampleIsValidAndIsAWomanBornOnNewYearsEveOf1949() {
		assertThat(withCheck("11010519491231002")).isEqualTo(SAMPLE);
		IdNumber id = IdNumber.parse(SAMPLE, TODAY);
		assertThat(id.value()).isEqualTo(SAMPLE);
		assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(id.sex()).isEqualTo(Sex.FEMALE);
		assertThat(id.regionPrefix()).isEqualTo("110105");
	}

	@Test
	void anOddSeventeenthDigitIsAMan() {
		IdNumber id = IdNumber.parse(MAN_1980, TODAY);
		assertThat(id.sex()).isEqualTo(Sex.MALE);
		assertThat(id.birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
		assertThat(id.regionPrefix()).isEqualTo("410105");
	}

	@Test
	void forgivesLowercaseXFullWidthDigitsAndSpaces() {
		assertThat(IdNumber.parse("  11010519491231002x ").value()).isEqualTo(SAMPLE);
		assertThat(IdNumber.parse("１１０１０５１９４９１２３１００２Ｘ").value()).isEqualTo(SAMPLE);
		assertThat(IdNumber.parse("110105 19491231 002X").value()).isEqualTo(SAMPLE);
		assertThat(IdNumber.parse("１１０１０５１９４９１２３１００２ｘ　").value()).isEqualTo(SAMPLE);
	}

	@Test
	void refusesAWrongCheckDigit() {
		String wrong = withWrongCheck("41010519800101123");
		assertRefused(() -> IdNumber.parse(wrong), "idNumber", "registry.id-number.check-digit", wrong);
	}

	@Test
	void refusesTheThirtiethOfFebruary() {
		String feb30 = withCheck("41010519800230123");
		assertRefused(() -> IdNumber.parse(feb30), "idNumber", "registry.id-number.birth-date", feb30);
	}

	@Test
	void refusesABirthDateAfterToday() {
		String tomorrow = withCheck("41010520261123123");
		assertRefused(() -> IdNumber.parse(tomorrow, TODAY), "idNumber", "registry.id-number.birth-date-future",
				tomorrow);
		Clock clock = Clock.fixed(Instant.parse("2026-11-22T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
		assertRefused(() -> IdNumber.parse(tomorrow, clock), "idNumber", "registry.id-number.birth-date-future",
				tomorrow);
		assertThat(IdNumber.parse(withCheck("41010520261122123"), TODAY).birthDate()).isEqualTo(TODAY);
	}

	@Test
	void refusesAnUnknownProvince() {
		for (String province : new String[] { "00", "10", "16", "20", "24", "30", "38", "47", "55", "60", "66",
				"72", "80", "83", "90", "92", "99" }) {
			String id = withCheck(province + "010519800101123");
			assertRefused(() -> IdNumber.parse(id), "idNumber", "registry.id-number.province", id);
		}
	}

	@Test
	void acceptsEveryProvinceOfTheStandardList() {
		for (String province : new String[] { "11", "15", "21", "23", "31", "37", "41", "46", "50", "54", "61",
				"65", "71", "81", "82", "91" }) {
			assertThat(IdNumber.parse(withCheck(province + "010519800101123")).regionPrefix()).startsWith(province);
		}
	}

	@Test
	void refusesTheWrongLengthAndForeignCharacters() {
		assertRefused(() -> IdNumber.parse("41010519800101123"), "idNumber", "registry.id-number.length", null);
		assertRefused(() -> IdNumber.parse("410105198001011234X"), "idNumber", "registry.id-number.length", null);
		assertRefused(() -> IdNumber.parse("4101051980010112Y3"), "idNumber", "registry.id-number.characters",
				null);
		assertRefused(() -> IdNumber.parse("41010519800101123Y"), "idNumber", "registry.id-number.characters",
				null);
	}

	@Test
	void refusesNothingAtAllAsMissing() {
		assertRefused(() -> IdNumber.parse(null), "idNumber", "validation.required", null);
		assertRefused(() -> IdNumber.parse(" 　"), "idNumber", "validation.required", null);
	}

	@Test
	void showsItselfMaskedSoLogsNeverCarryTheWholeNumber() {
		IdNumber id = IdNumber.parse(SAMPLE);
		assertThat(id.masked()).isEqualTo("110105********002X");
		assertThat(id.toString()).isEqualTo("110105********002X").doesNotContain("19491231");
	}

	@Test
	void equalNumbersTypedDifferentlyAreEqual() {
		assertThat(IdNumber.parse("11010519491231002x")).isEqualTo(IdNumber.parse(SAMPLE));
	}
}

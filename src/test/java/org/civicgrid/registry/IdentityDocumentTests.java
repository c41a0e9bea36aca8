package org.civicgrid.registry;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.registry.IdNumbers.SAMPLE;
import static org.civicgrid.registry.IdNumbers.withCheck;
import static org.civicgrid.registry.ValueAssertions.assertRefused;

class IdentityDocumentTests {

	@Test
	void anIdCardNumberIsCheckedAsAnIdNumber() {
		IdentityDocument card = IdentityDocument.of(DocumentType.ID_CARD, "11010519491231002x");
		assertThat(card.number()).isEqualTo(SAMPLE);
		assertThat(card.idNumber()).contains(IdNumber.parse(SAMPLE));
		String wrong = SAMPLE.substring(0, 17) + "1";
		assertRefused(() -> IdentityDocument.of(DocumentType.ID_CARD, wrong), "documentNumber",
				"registry.id-number.check-digit", wrong);
	}

	@Test
	void anIdCardBornAfterTodayIsRefusedWhenTodayIsGiven() {
		String future = withCheck("41010520300101123");
		assertRefused(() -> IdentityDocument.of(DocumentType.ID_CARD, future, LocalDate.of(2026, 11, 22)),
				"documentNumber", "registry.id-number.birth-date-future", future);
	}

	@Test
	void aPassportIsFiveToTwentyLettersAndDigitsInUpperCase() {
		IdentityDocument passport = IdentityDocument.parse("passport", " e１２３４５６７８ ");
		assertThat(passport.type()).isEqualTo(DocumentType.PASSPORT);
		assertThat(passport.number()).isEqualTo("E12345678");
		assertThat(passport.idNumber()).isEmpty();
		assertRefused(() -> IdentityDocument.of(DocumentType.PASSPORT, "E123"), "documentNumber",
				"registry.document.length", null);
		assertRefused(() -> IdentityDocument.of(DocumentType.PASSPORT, "E1234567890123456789X"), "documentNumber",
				"registry.document.length", null);
		assertRefused(() -> IdentityDocument.of(DocumentType.PASSPORT, "E1234/678"), "documentNumber",
				"registry.document.characters", null);
	}

	@Test
	void aHongKongOrMacaoPermitStartsWithHOrM() {
		assertThat(IdentityDocument.of(DocumentType.HK_MACAO_PERMIT, "h12345678").number()).isEqualTo("H12345678");
		assertThat(IdentityDocument.of(DocumentType.HK_MACAO_PERMIT, "M12345678").number()).isEqualTo("M12345678");
		assertRefused(() -> IdentityDocument.of(DocumentType.HK_MACAO_PERMIT, "A12345678"), "documentNumber",
				"registry.document.hk-macao-prefix", null);
	}

	@Test
	void refusesAnUnknownOrMissingType() {
		assertRefused(() -> IdentityDocument.parse("driving licence", "E12345678"), "documentType",
				"registry.document.type-unknown", null);
		assertRefused(() -> IdentityDocument.of(null, "E12345678"), "documentType", "validation.required", null);
		assertThat(IdentityDocument.parse("taiwan-permit", "12345678").type()).isEqualTo(DocumentType.TAIWAN_PERMIT);
	}

	@Test
	void showsItselfMasked() {
		assertThat(IdentityDocument.of(DocumentType.ID_CARD, SAMPLE).toString())
			.isEqualTo("ID_CARD 110105********002X");
		assertThat(IdentityDocument.of(DocumentType.PASSPORT, "E12345678").masked()).isEqualTo("E*******8");
	}
}

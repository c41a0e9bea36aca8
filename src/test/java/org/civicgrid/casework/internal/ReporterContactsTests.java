package org.civicgrid.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which phone number of a free-text contact its lookup hash is computed from. */
class ReporterContactsTests {

	@Test
	void aWholePhoneNumberInAnyFormIsTakenInItsCanonicalForm() {
		assertThat(ReporterContacts.phoneIn("138-0000-0000")).hasValue("13800000000");
		assertThat(ReporterContacts.phoneIn("+86 139 1234 5678")).hasValue("13912345678");
		assertThat(ReporterContacts.phoneIn("0371-6512 3456")).hasValue("0371-65123456");
	}

	@Test
	void aMobileNumberInsideOtherTextIsFound() {
		assertThat(ReporterContacts.phoneIn("王先生 139 1234 5678，晚上打")).hasValue("13912345678");
		assertThat(ReporterContacts.phoneIn("张阿姨13800001111")).hasValue("13800001111");
	}

	@Test
	void textWithoutAPhoneNumberHasNone() {
		assertThat(ReporterContacts.phoneIn("楼下小卖部老板")).isEmpty();
		assertThat(ReporterContacts.phoneIn("工号 123456789012")).isEmpty();
		assertThat(ReporterContacts.phoneIn("1234")).isEmpty();
	}
}

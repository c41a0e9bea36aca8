package org.civicgrid.registry.internal;

import java.util.Locale;

import org.civicgrid.registry.vault.SealedColumn;
import org.civicgrid.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sealed column the vault page lists, the registry's and those other modules declare, has a name in both
 * bundles ({@code vault.column.<table>.<column>}), so the page never falls back to showing the column itself.
 */
@IntegrationTest
class VaultColumnLabelsTests {

	@Autowired
	StoredSealedValues values;

	@Autowired
	MessageSource messages;

	@Test
	void everySealedColumnHasANameInChineseAndEnglish() {
		assertThat(values.columns()).extracting(SealedColumn::name).contains("person.id_number_sealed",
				"event_case.reporter_contact_sealed");
		for (SealedColumn column : values.columns()) {
			String key = "vault.column." + column.name();
			String zh = messages.getMessage(key, null, null, Locale.SIMPLIFIED_CHINESE);
			String en = messages.getMessage(key, null, null, Locale.ENGLISH);
			assertThat(zh).as(key).isNotBlank().matches(".*\\p{IsHan}.*");
			assertThat(en).as(key).isNotBlank().isNotEqualTo(zh).doesNotContain("_");
		}
		assertThat(messages.getMessage("vault.column.person.phone_sealed", null, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("居民联系电话");
	}
}

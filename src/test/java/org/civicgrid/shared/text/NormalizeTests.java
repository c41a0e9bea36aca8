package org.civicgrid.shared.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NormalizeTests {

	@Test
	void turnsFullWidthDigitsAndLettersIntoHalfWidth() {
		assertThat(Normalize.text("４１０１０５ＡＢｃｘ")).isEqualTo("410105ABcx");
	}

	@Test
	void trimsAndCollapsesInnerWhitespaceIncludingTheIdeographicSpace() {
		assertThat(Normalize.text(" \t如意湖　　街道 \n 1号 ")).isEqualTo("如意湖 街道 1号");
	}

	@Test
	void turnsFullWidthPunctuationAndDashLookAlikesIntoAscii() {
		assertThat(Normalize.text("（０３７１）－６５１２—３４５６")).isEqualTo("(0371)-6512-3456");
	}

	@Test
	void dropsZeroWidthCharactersThatSpreadsheetsLeaveBehind() {
		assertThat(Normalize.text("\uFEFF1381234\u200B5678")).isEqualTo("13812345678");
	}

	@Test
	void compactRemovesEveryWhitespace() {
		assertThat(Normalize.compact(" 138 1234　5678 ")).isEqualTo("13812345678");
	}

	@Test
	void keepsNullAndChineseText() {
		assertThat(Normalize.text(null)).isNull();
		assertThat(Normalize.compact(null)).isNull();
		assertThat(Normalize.text("网格通")).isEqualTo("网格通");
		assertThat(Normalize.text("   ")).isEmpty();
	}
}

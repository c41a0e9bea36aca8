package org.civicgrid.services.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * The pinyin initials of a Chinese text (独生子女证 → dsznz), so that a resident can type them on a phone keyboard
 * without picking characters. No dictionary: GB 2312 orders its 3,755 level-one characters (the common ones) by
 * pinyin, so a character's code falls between the first codes of two initials. Level-two characters (ordered by
 * radical) and polyphones beyond their first reading get no or one initial; letters and digits stay as they are.
 */
final class PinyinInitials {

	/** The first GB 2312 code (row × 256 + cell) of each initial a to z; i, u and v start no syllable. */
	private static final int[] STARTS = { 0xB0A1, 0xB0C5, 0xB2C1, 0xB4EE, 0xB6EA, 0xB7A2, 0xB8C1, 0xB9FE, 0xBBF7,
			0xBBF7, 0xBFA6, 0xC0AC, 0xC2E8, 0xC4C3, 0xC5B6, 0xC5BE, 0xC6DA, 0xC8BB, 0xC8F6, 0xCBFA, 0xCDDA, 0xCDDA,
			0xCDDA, 0xCEF4, 0xD1B9, 0xD4D1 };
	private static final int LEVEL_ONE_END = 0xD7F9;
	private static final Charset GB2312 = Charset.forName("GB2312");

	private PinyinInitials() {
	}

	static String of(String text) {
		if (text == null) {
			return "";
		}
		CharsetEncoder encoder = GB2312.newEncoder();
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 128) {
				if (Character.isLetterOrDigit(c)) {
					out.append(Character.toLowerCase(c));
				}
				continue;
			}
			char initial = initial(encoder, c);
			if (initial != 0) {
				out.append(initial);
			}
		}
		return out.toString();
	}

	private static char initial(CharsetEncoder encoder, char c) {
		if (!Character.isIdeographic(c)) {
			return 0;
		}
		ByteBuffer bytes;
		try {
			bytes = encoder.reset().encode(CharBuffer.wrap(new char[] { c }));
		}
		catch (CharacterCodingException e) {
			return 0;
		}
		if (bytes.remaining() != 2) {
			return 0;
		}
		int code = (bytes.get(0) & 0xFF) << 8 | bytes.get(1) & 0xFF;
		if (code < STARTS[0] || code > LEVEL_ONE_END) {
			return 0;
		}
		for (int letter = STARTS.length - 1; letter >= 0; letter--) {
			if (code >= STARTS[letter] && STARTS[letter] != (letter + 1 < STARTS.length ? STARTS[letter + 1] : -1)) {
				return (char) ('a' + letter);
			}
		}
		return 0;
	}
}

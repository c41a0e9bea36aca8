package org.civicgrid.shared.text;

/**
 * Cleans text typed on phones or pasted from Excel before it is parsed: full-width forms (全角) become
 * half-width, dash look-alikes become '-', invisible characters go, outer whitespace is trimmed and inner runs of
 * whitespace become one space. Null stays null.
 */
public final class Normalize {

	private Normalize() {
	}

	/** Half-width, trimmed, inner whitespace collapsed to single spaces. */
	public static String text(String raw) {
		if (raw == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(raw.length());
		boolean pendingSpace = false;
		for (int i = 0; i < raw.length(); i++) {
			char c = halfWidth(raw.charAt(i));
			if (c == '\u200B' || c == '\uFEFF') {
				continue;
			}
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				pendingSpace = out.length() > 0;
				continue;
			}
			if (pendingSpace) {
				out.append(' ');
				pendingSpace = false;
			}
			out.append(c);
		}
		return out.toString();
	}

	/** Like {@link #text} but without any whitespace at all: for codes and numbers written in groups. */
	public static String compact(String raw) {
		String text = text(raw);
		return text == null ? null : text.replace(" ", "");
	}

	/** One character in its half-width form: U+FF01–U+FF5E to ASCII, the ideographic space to a space. */
	static char halfWidth(char c) {
		if (c >= '\uFF01' && c <= '\uFF5E') {
			return (char) (c - 0xFEE0);
		}
		return switch (c) {
			case '\u3000', '\u00A0' -> ' ';
			case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63' -> '-';
			case '\u3002' -> '.';
			case '\u3001' -> ',';
			default -> c;
		};
	}
}

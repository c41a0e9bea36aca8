package org.civicgrid.services.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.google.zxing.common.BitMatrix;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a notice down A4 pages from the top: wrapped text (Chinese breaks between any two characters, so the
 * wrap is by width), a fact line, headings, table rows, a flow of boxes joined by arrows and a QR code drawn as
 * squares. A block that does not fit goes on a new page. A character the font lacks is drawn as □.
 */
final class PdfLayout {

	static final float MARGIN = 42;
	static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
	static final float[] INK = { 0.1f, 0.1f, 0.1f };
	static final float[] MUTED = { 0.4f, 0.4f, 0.4f };
	private static final float[] BLUE = { 0.05f, 0.43f, 0.99f };
	private static final float[] PALE = { 0.9f, 0.94f, 1f };
	private static final float LEADING = 1.45f;

	private final PDDocument doc;
	private final PDType0Font font;
	private final CmapLookup glyphs;
	private PDPageContentStream page;
	private float y;

	PdfLayout(PDDocument doc, PDType0Font font, TrueTypeFont glyphs) throws IOException {
		this.doc = doc;
		this.font = font;
		this.glyphs = glyphs.getUnicodeCmapLookup();
		newPage();
	}

	/** Where the QR code of this page began, NaN while there is none. */
	private float qrTop = Float.NaN;

	/** The QR code at the top right of the current block, {@code size} points square. */
	void qr(BitMatrix qr, float size) throws IOException {
		float module = size / qr.getWidth();
		float left = MARGIN + WIDTH - size;
		float top = y;
		page.setNonStrokingColor(0f, 0f, 0f);
		for (int row = 0; row < qr.getHeight(); row++) {
			for (int col = 0; col < qr.getWidth(); col++) {
				if (qr.get(col, row)) {
					page.addRect(left + col * module, top - (row + 1) * module, module, module);
				}
			}
		}
		page.fill();
		qrTop = top;
	}

	/** Moves below the QR code when the text beside it was shorter. */
	void below(float size) {
		if (!Float.isNaN(qrTop)) {
			y = Math.min(y, qrTop - size);
		}
		y -= 6;
	}

	/** Wrapped text in {@code width} points. */
	void text(String text, float size, float[] colour, float width) throws IOException {
		for (String line : wrap(clean(text), size, width)) {
			room(size * LEADING);
			show(line, MARGIN, y - size, size, colour);
			y -= size * LEADING;
		}
	}

	/** A label and its value on one line (the value wrapped after the label). */
	void fact(String label, String value) throws IOException {
		float size = 10;
		float labelWidth = 70;
		List<String> lines = wrap(clean(value == null || value.isBlank() ? "—" : value), size, WIDTH - labelWidth);
		room(size * LEADING * lines.size());
		show(clean(label), MARGIN, y - size, size, MUTED);
		for (String line : lines) {
			show(line, MARGIN + labelWidth, y - size, size, INK);
			y -= size * LEADING;
		}
	}

	void heading(String text) throws IOException {
		float size = 12;
		room(size * 3);
		y -= 8;
		page.setNonStrokingColor(BLUE[0], BLUE[1], BLUE[2]);
		page.addRect(MARGIN, y - size, 3, size);
		page.fill();
		show(clean(text), MARGIN + 8, y - size, size, INK);
		y -= size * LEADING + 2;
	}

	/** One row of a table: cells wrapped in their widths, a rule below; a header row shaded. */
	void row(String[] cells, float[] widths, boolean header) throws IOException {
		float size = header ? 9 : 9.5f;
		List<List<String>> wrapped = new ArrayList<>();
		int lines = 1;
		for (int i = 0; i < cells.length; i++) {
			List<String> w = wrap(clean(cells[i] == null ? "" : cells[i]), size, widths[i] - 6);
			wrapped.add(w);
			lines = Math.max(lines, w.size());
		}
		float height = lines * size * LEADING + 4;
		room(height);
		if (header) {
			page.setNonStrokingColor(0.95f, 0.95f, 0.95f);
			page.addRect(MARGIN, y - height, WIDTH, height);
			page.fill();
		}
		float x = MARGIN;
		for (int i = 0; i < cells.length; i++) {
			float lineY = y - 2 - size;
			for (String line : wrapped.get(i)) {
				show(line, x + 3, lineY, size, header ? MUTED : INK);
				lineY -= size * LEADING;
			}
			x += widths[i];
		}
		y -= height;
		page.setStrokingColor(0.8f, 0.8f, 0.8f);
		page.setLineWidth(0.5f);
		page.moveTo(MARGIN, y);
		page.lineTo(MARGIN + WIDTH, y);
		page.stroke();
	}

	/** The steps as numbered boxes down the page, an arrow between two. */
	void flow(List<String[]> steps) throws IOException {
		float size = 9.5f;
		float boxWidth = WIDTH - 40;
		float gap = 14;
		for (int i = 0; i < steps.size(); i++) {
			String title = (i + 1) + ". " + clean(steps.get(i)[0]);
			List<String> detail = steps.get(i)[1] == null || steps.get(i)[1].isBlank() ? List.of()
					: wrap(clean(steps.get(i)[1]), size - 1, boxWidth - 12);
			float height = (1 + detail.size()) * size * LEADING + 8;
			room(height + gap);
			if (i > 0) {
				float mid = MARGIN + 20 + boxWidth / 2;
				page.setStrokingColor(BLUE[0], BLUE[1], BLUE[2]);
				page.setLineWidth(1.2f);
				page.moveTo(mid, y + gap);
				page.lineTo(mid, y + 3);
				page.stroke();
				page.setNonStrokingColor(BLUE[0], BLUE[1], BLUE[2]);
				page.moveTo(mid - 4, y + 5);
				page.lineTo(mid + 4, y + 5);
				page.lineTo(mid, y);
				page.closePath();
				page.fill();
			}
			page.setNonStrokingColor(PALE[0], PALE[1], PALE[2]);
			page.setStrokingColor(BLUE[0], BLUE[1], BLUE[2]);
			page.setLineWidth(1f);
			page.addRect(MARGIN + 20, y - height, boxWidth, height);
			page.fillAndStroke();
			float lineY = y - 4 - size;
			show(title, MARGIN + 26, lineY, size, INK);
			for (String line : detail) {
				lineY -= size * LEADING;
				show(line, MARGIN + 26, lineY, size - 1, MUTED);
			}
			y -= height + gap;
		}
	}

	void footer(String text) throws IOException {
		y -= 6;
		text(text, 7.5f, MUTED, WIDTH);
	}

	void close() throws IOException {
		page.close();
	}

	private void room(float height) throws IOException {
		if (y - height < MARGIN) {
			page.close();
			newPage();
		}
	}

	private void newPage() throws IOException {
		PDPage p = new PDPage(PDRectangle.A4);
		doc.addPage(p);
		page = new PDPageContentStream(doc, p);
		y = PDRectangle.A4.getHeight() - MARGIN;
		qrTop = Float.NaN;
	}

	private void show(String text, float x, float baseline, float size, float[] colour) throws IOException {
		if (text.isEmpty()) {
			return;
		}
		page.beginText();
		page.setFont(font, size);
		page.setNonStrokingColor(colour[0], colour[1], colour[2]);
		page.newLineAtOffset(x, baseline);
		page.showText(text);
		page.endText();
	}

	/** The lines of {@code text} that fit {@code width}: breaks at newlines, then at the last character that fits. */
	private List<String> wrap(String text, float size, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\n", -1)) {
			StringBuilder line = new StringBuilder();
			float used = 0;
			for (int i = 0; i < paragraph.length(); i++) {
				char c = paragraph.charAt(i);
				float w = font.getStringWidth(String.valueOf(c)) / 1000 * size;
				if (used + w > width && line.length() > 0) {
					lines.add(line.toString());
					line.setLength(0);
					used = 0;
				}
				line.append(c);
				used += w;
			}
			lines.add(line.toString());
		}
		return lines;
	}

	/** The text with tabs as spaces, no carriage returns, and every character the font lacks as □. */
	private String clean(String text) throws IOException {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r') {
				continue;
			}
			if (c == '\t') {
				c = ' ';
			}
			out.append(c == '\n' || glyphs.getGlyphId(c) != 0 ? c : '□');
		}
		return out.toString();
	}
}

package org.civicgrid.services.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;

import com.google.zxing.common.BitMatrix;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.civicgrid.shared.qr.QrCodes;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The 一次性告知单 of an item as a printable A4 PDF: everything a resident needs at once (conditions, the materials
 * as a table, the steps as a flow of boxes, the promised time, fee, counter, contact and legal basis) with a QR code
 * that opens the item on a phone. The Chinese font ships with the product (fonts/README.md) and is embedded as a
 * subset; labels come from the bundles in the reader's language. A long item continues on a second page.
 */
@Component
public class NoticePdf {

	static final String FONT = "fonts/wqy-zenhei-gb2312.ttf";

	private final MessageSource messages;
	private final byte[] font;

	NoticePdf(MessageSource messages) {
		this.messages = messages;
		try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
			this.font = in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("the notice's font " + FONT + " is missing", e);
		}
	}

	/**
	 * The notice of {@code version} of the item, its QR code opening {@code itemUrl}, printed on {@code today} (the
	 * promised day is counted from it: {@code promisedBy}).
	 */
	public byte[] render(ServiceItem item, int version, LocalDate promisedBy, String itemUrl, LocalDate today,
			Locale locale) {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font));
			PdfLayout pdf = new PdfLayout(doc, PDType0Font.load(doc, ttf, true), ttf);
			PDDocumentInformation info = doc.getDocumentInformation();
			info.setTitle(item.name() + " · " + text("services.notice.title", locale));
			info.setSubject(item.code());
			write(pdf, item, version, promisedBy, itemUrl, today, locale);
			pdf.close();
			doc.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("writing the notice of " + item.code(), e);
		}
	}

	private void write(PdfLayout pdf, ServiceItem item, int version, LocalDate promisedBy, String itemUrl,
			LocalDate today, Locale locale) throws IOException {
		BitMatrix qr = QrCodes.matrix(itemUrl);
		float qrSize = 84;
		pdf.qr(qr, qrSize);
		pdf.text(text("services.notice.title", locale), 11, PdfLayout.MUTED, PdfLayout.WIDTH - qrSize - 10);
		pdf.text(item.name(), 18, PdfLayout.INK, PdfLayout.WIDTH - qrSize - 10);
		pdf.text(item.code() + " · " + text("services.category." + item.category().name(), locale) + " · "
				+ text("services.level." + item.level().name(), locale), 10, PdfLayout.MUTED, PdfLayout.WIDTH - qrSize - 10);
		pdf.text(text("services.notice.scan", locale), 8, PdfLayout.MUTED, PdfLayout.WIDTH - qrSize - 10);
		pdf.below(qrSize + 4);

		String days = item.timeLimitDays() == 0 ? text("services.item.on-the-spot", locale)
				: text("services.item.days", locale, item.timeLimitDays());
		if (item.timeLimitDays() > 0) {
			days += "（" + text("services.notice.promised", locale, promisedBy.toString()) + "）";
		}
		pdf.fact(text("services.item.time-limit", locale), days);
		pdf.fact(text("services.item.fee", locale), item.free() ? text("services.item.free", locale) : item.fee());
		pdf.fact(text("services.item.counter", locale), item.counter());
		pdf.fact(text("services.field.contact", locale), item.contact());

		pdf.heading(text("services.item.conditions", locale));
		pdf.text(item.conditions(), 10, PdfLayout.INK, PdfLayout.WIDTH);

		pdf.heading(text("services.item.materials", locale, item.materials().size()));
		String[] header = { "#", text("services.field.material-name", locale), text("services.field.material-form", locale),
				text("services.field.material-count", locale), text("services.notice.required", locale),
				text("services.field.material-notes", locale) };
		float[] widths = { 20, 150, 80, 40, 45, PdfLayout.WIDTH - 335 };
		pdf.row(header, widths, true);
		int n = 1;
		for (ServiceItem.Material m : item.materials()) {
			pdf.row(new String[] { String.valueOf(n++), m.name(), text("services.form." + m.form().name(), locale),
					String.valueOf(m.count()),
					m.required() ? text("services.item.required", locale) : text("services.item.optional", locale),
					m.notes() }, widths, false);
		}
		if (item.materials().isEmpty()) {
			pdf.text(text("services.item.no-materials", locale), 10, PdfLayout.INK, PdfLayout.WIDTH);
		}

		pdf.heading(text("services.item.steps", locale));
		pdf.flow(item.steps().stream().map(s -> new String[] { s.name(), s.detail() }).toList());

		if (!item.legalBasis().isBlank()) {
			pdf.heading(text("services.item.legal-basis", locale));
			pdf.text(item.legalBasis(), 9, PdfLayout.INK, PdfLayout.WIDTH);
		}
		pdf.footer(text("services.notice.footer", locale, item.code(), version, today.toString(), itemUrl));
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}

package org.civicgrid.shared.qr;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code of an address, for a phone to open it from paper (a service item's notice, a courtyard channel's poster,
 * a hall's wall): the module matrix
 * (ZXing, error correction M, a quiet zone of two modules) and the same as an SVG path for a page.
 */
public final class QrCodes {

	private QrCodes() {
	}

	/** The modules of the code, {@code true} for dark, with the quiet zone. */
	public static BitMatrix matrix(String text) {
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("no QR code for " + text.length() + " characters", e);
		}
	}

	/** The code as an SVG element of {@code pixels} square, one path of unit squares, crisp at any size. */
	public static String svg(String text, int pixels) {
		BitMatrix m = matrix(text);
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < m.getHeight(); y++) {
			for (int x = 0; x < m.getWidth(); x++) {
				if (m.get(x, y)) {
					path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + pixels + "\" height=\"" + pixels
				+ "\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight() + "\" shape-rendering=\"crispEdges\">"
				+ "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
	}
}

package org.civicgrid.casework.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.civicgrid.casework.PhotoUpload;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Checks photos before anything is written: each must decode as a JPEG, PNG or (when the JVM reads it) WebP
 * picture, whatever its name or claimed type; none may be larger than the limit or have more pixels than allowed
 * (a decompression bomb is refused from its header, before decoding); one field carries at most so many. Every
 * problem is named with its field and index. Makes the 320 px JPEG thumbnail of each.
 */
@Component
class PhotoIntake {

	/** A photo that passed, with its real type, size and thumbnail. */
	record Checked(String field, String filename, String contentType, byte[] bytes, int width, int height,
			byte[] thumbnail) {
	}

	private static final Map<String, String> TYPES = Map.of("jpeg", "image/jpeg", "png", "image/png", "webp",
			"image/webp");

	private final PhotoSettings settings;

	PhotoIntake(PhotoSettings settings) {
		this.settings = settings;
	}

	/** The photos checked, in order; throws 413, 415 or 422 naming every bad one. */
	List<Checked> check(List<PhotoUpload> uploads) {
		List<FieldProblem> tooLarge = new ArrayList<>();
		List<FieldProblem> counts = new ArrayList<>();
		Map<String, Integer> perField = new java.util.HashMap<>();
		List<Integer> indexes = new ArrayList<>();
		for (PhotoUpload upload : uploads) {
			int index = perField.merge(upload.field(), 1, Integer::sum) - 1;
			indexes.add(index);
			if (index == settings.maxCount()) {
				counts.add(FieldProblem.of(upload.field(), "casework.photo.too-many", settings.maxCount()));
			}
			if (upload.bytes().length > settings.maxSize().toBytes()) {
				tooLarge.add(FieldProblem.at(index, upload.field(), "casework.photo.too-large", name(upload),
						megabytes()));
			}
		}
		if (!counts.isEmpty()) {
			throw new InvalidInputException(counts);
		}
		if (!tooLarge.isEmpty()) {
			throw PhotoRejectedException.tooLarge(tooLarge, megabytes());
		}
		List<FieldProblem> notImages = new ArrayList<>();
		List<FieldProblem> invalid = new ArrayList<>();
		List<Checked> checked = new ArrayList<>();
		for (int i = 0; i < uploads.size(); i++) {
			PhotoUpload upload = uploads.get(i);
			int index = indexes.get(i);
			if (upload.bytes().length == 0) {
				invalid.add(FieldProblem.at(index, upload.field(), "casework.photo.empty", name(upload)));
				continue;
			}
			try {
				Checked photo = decode(upload, index, invalid);
				if (photo != null) {
					checked.add(photo);
				}
			}
			catch (IOException | RuntimeException e) {
				notImages.add(FieldProblem.at(index, upload.field(), "casework.photo.not-an-image", name(upload)));
			}
		}
		if (!invalid.isEmpty()) {
			throw new InvalidInputException(invalid);
		}
		if (!notImages.isEmpty()) {
			throw PhotoRejectedException.notAnImage(notImages);
		}
		return checked;
	}

	private Checked decode(PhotoUpload upload, int index, List<FieldProblem> invalid) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload.bytes()))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw new IOException("no reader");
			}
			ImageReader reader = readers.next();
			try {
				String format = reader.getFormatName().toLowerCase(Locale.ROOT);
				String type = TYPES.get(format.equals("jpg") ? "jpeg" : format);
				if (type == null) {
					throw new IOException("not a photo format: " + format);
				}
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if ((long) width * height > settings.maxPixels()) {
					invalid.add(FieldProblem.at(index, upload.field(), "casework.photo.too-many-pixels", name(upload),
							String.valueOf(width), String.valueOf(height)));
					return null;
				}
				BufferedImage image = reader.read(0);
				return new Checked(upload.field(), upload.filename(), type, upload.bytes(), width, height,
						thumbnail(image));
			}
			finally {
				reader.dispose();
			}
		}
	}

	/** The picture scaled so its longer side is at most the thumbnail size, as a JPEG on white. */
	private byte[] thumbnail(BufferedImage image) throws IOException {
		int max = settings.thumbnailSize();
		double scale = Math.min(1.0, (double) max / Math.max(image.getWidth(), image.getHeight()));
		int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
		BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = small.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, w, h);
			g.drawImage(image, 0, 0, w, h, null);
		}
		finally {
			g.dispose();
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.8f);
			writer.write(null, new IIOImage(small, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private String megabytes() {
		return settings.maxSize().toMegabytes() + " MB";
	}

	private static String name(PhotoUpload upload) {
		return upload.filename() == null || upload.filename().isBlank() ? "-" : upload.filename();
	}
}

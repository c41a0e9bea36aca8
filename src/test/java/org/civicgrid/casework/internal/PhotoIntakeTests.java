package org.civicgrid.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.civicgrid.casework.PhotoUpload;
import org.civicgrid.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** What a photo is comes from decoding it, not from its name or claimed type; thumbnails keep the aspect. */
class PhotoIntakeTests {

	PhotoIntake intake = new PhotoIntake(new PhotoSettings(DataSize.ofKilobytes(200), 2, 1_000_000L, 320));

	@Test
	void aPngWithTransparencyGetsAJpegThumbnailOfTheLongerSide() throws IOException {
		byte[] png = encode(new BufferedImage(400, 1000, BufferedImage.TYPE_INT_ARGB), "png");
		PhotoIntake.Checked checked = intake.check(List.of(new PhotoUpload("photos", "a.jpg", "image/jpeg", png)))
			.get(0);
		assertThat(checked.contentType()).as("the bytes decide, not the claim").isEqualTo("image/png");
		assertThat(checked.width()).isEqualTo(400);
		BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(checked.thumbnail()));
		assertThat(thumb.getHeight()).isEqualTo(320);
		assertThat(thumb.getWidth()).isEqualTo(128);
	}

	@Test
	void aGifOrBmpIsNoPhotoFormatWeKeep() throws IOException {
		byte[] gif = encode(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "gif");
		byte[] bmp = encode(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "bmp");
		assertThatThrownBy(() -> intake.check(List.of(new PhotoUpload("photos", "a.gif", "image/gif", gif),
				new PhotoUpload("photos", "b.bmp", "image/png", bmp))))
			.isInstanceOfSatisfying(PhotoRejectedException.class, e -> {
				assertThat(e.type()).isEqualTo("not-an-image");
				assertThat(e.errors()).extracting(p -> p.item()).containsExactly(0, 1);
			});
	}

	@Test
	void limitsOnSizeCountAndPixelsNameTheField() throws IOException {
		byte[] small = encode(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "png");
		assertThatThrownBy(() -> intake.check(List.of(new PhotoUpload("photosAfter", "x", null, new byte[300_000]))))
			.isInstanceOfSatisfying(PhotoRejectedException.class, e -> {
				assertThat(e.status().value()).isEqualTo(413);
				assertThat(e.errors().get(0).field()).isEqualTo("photosAfter");
			});
		assertThatThrownBy(() -> intake.check(List.of(new PhotoUpload("photos", "1", null, small),
				new PhotoUpload("photos", "2", null, small), new PhotoUpload("photos", "3", null, small))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("casework.photo.too-many"));
		byte[] wide = encode(new BufferedImage(2000, 600, BufferedImage.TYPE_BYTE_BINARY), "png");
		assertThatThrownBy(() -> intake.check(List.of(new PhotoUpload("photos", "wide.png", null, wide))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("casework.photo.too-many-pixels"));
		assertThatThrownBy(() -> intake.check(List.of(new PhotoUpload("photos", "empty", null, new byte[0]))))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void distancesAreGreatCircleMetres() {
		// 0.0002 degrees of latitude are about 22 m anywhere
		assertThat(Duplicates.metres(34.75, 113.7, 34.7502, 113.7)).isBetween(22.0, 22.5);
		assertThat(Duplicates.metres(34.75, 113.7, 34.75, 113.7)).isZero();
		// a degree of longitude shrinks with the cosine of the latitude
		assertThat(Duplicates.metres(34.75, 113.7, 34.75, 113.7005)).isBetween(45.0, 46.5);
	}

	private static byte[] encode(BufferedImage image, String format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(ImageIO.write(image, format, out)).isTrue();
		return out.toByteArray();
	}
}

package org.civicgrid.casework.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on the photos of a report or an action.
 *
 * @param maxSize the largest photo accepted (10 MB unless set)
 * @param maxCount how many photos one field ({@code photos}, {@code photosAfter}) may carry (9 unless set)
 * @param maxPixels the largest picture decoded, against decompression bombs (40 megapixels unless set)
 * @param thumbnailSize the longer side of a thumbnail in pixels (320 unless set)
 */
@ConfigurationProperties("civicgrid.casework.photos")
record PhotoSettings(DataSize maxSize, Integer maxCount, Long maxPixels, Integer thumbnailSize) {

	PhotoSettings {
		maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
		maxCount = maxCount == null ? 9 : maxCount;
		maxPixels = maxPixels == null ? 40_000_000L : maxPixels;
		thumbnailSize = thumbnailSize == null ? 320 : thumbnailSize;
	}
}

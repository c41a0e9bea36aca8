package org.civicgrid.casework.internal;

import java.util.List;

/**
 * A problem as found (信息收集): its catalog category (such as {@code E0102}), the grid it lies in (15 digits),
 * what was seen and the photos taken.
 */
public record ReportCase(String categoryCode, String gridCode, String description, List<String> photos) {

	public ReportCase {
		photos = photos == null ? List.of() : List.copyOf(photos);
	}
}

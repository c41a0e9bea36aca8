package org.civicgrid.services.internal.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A matter a grid worker takes on for a resident: what it is (and the item, if it is one), the resident, whether it
 * was started at their home, and the grid worker (the caller when they are one).
 */
public record NewAgencyMatter(@NotBlank @Size(max = 200) String title, @Size(max = 40) String itemCode,
		@NotBlank @Size(max = 60) String residentName, @Pattern(regexp = "1\\d{10}") String residentPhone,
		@Size(max = 64) String residentUsername, Boolean atHome, @Size(max = 64) String gridWorker,
		@Size(max = 24) String regionCode) {

	boolean startedAtHome() {
		return Boolean.TRUE.equals(atHome);
	}
}

package org.civicgrid.casework;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A problem reported through the API: by staff on patrol, by a resident, or by a dispatcher taking a hotline call.
 * The grid is found from {@code location}; the description is stored exactly as given.
 *
 * @param channel how it came in; residents always report as {@link Channel#RESIDENT}, staff default to
 * {@link Channel#PATROL}
 */
public record NewCaseReport(@NotBlank @Size(max = 10) String categoryCode,
		@NotBlank @Size(max = 4000) String description, @NotNull @Valid Location location,
		@Size(max = 200) String address, @Size(max = 100) String reporterContact, Channel channel) {

	/** A point in WGS-84, or in GCJ-02 (phone maps) with {@code crs = "gcj02"}. */
	public record Location(@NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
			@NotNull @DecimalMin("-180") @DecimalMax("180") Double lng,
			@Pattern(regexp = "(?i)wgs84|gcj02") String crs) {

		public boolean isGcj02() {
			return "gcj02".equalsIgnoreCase(crs);
		}
	}
}

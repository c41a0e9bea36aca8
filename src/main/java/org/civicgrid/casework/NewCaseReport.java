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
 * @param onTheSpot {@code true} when a grid worker fixed it at once (自处置): needs photos before and after and
 * {@code handlingNote}, and closes the case with the report
 */
public record NewCaseReport(@NotBlank @Size(max = 10) String categoryCode,
		@NotBlank @Size(max = 4000) String description, @NotNull @Valid Location location,
		@Size(max = 200) String address, @Size(max = 100) String reporterContact, Channel channel, Boolean onTheSpot,
		@Size(max = 2000) String handlingNote) {

	public NewCaseReport(String categoryCode, String description, Location location, String address,
			String reporterContact, Channel channel) {
		this(categoryCode, description, location, address, reporterContact, channel, null, null);
	}

	/** Whether a grid worker handled it on the spot (自处置) and closes it with the report. */
	public boolean handledOnTheSpot() {
		return Boolean.TRUE.equals(onTheSpot);
	}

	/** A point in WGS-84, or in GCJ-02 (phone maps) with {@code crs = "gcj02"}. */
	public record Location(@NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
			@NotNull @DecimalMin("-180") @DecimalMax("180") Double lng,
			@Pattern(regexp = "(?i)wgs84|gcj02") String crs) {

		public boolean isGcj02() {
			return "gcj02".equalsIgnoreCase(crs);
		}
	}
}

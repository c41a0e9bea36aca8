package org.civicgrid.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One person on a grid's contact card. The phone is the published work number of the 一长三员 board, shown in
 * full so a resident can call it.
 */
public record StaffMember(@NotNull StaffDuty duty, @NotBlank @Size(max = 50) String name,
		@Pattern(regexp = "[0-9+\\- ]{5,20}") String phone,
		@Size(max = 500) @Pattern(regexp = "(https?://|/).*") String photoUrl) {
}

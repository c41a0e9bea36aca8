package org.civicgrid.services.internal.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the first person to receive a resident's request records (首问登记): the resident (name and phone, or their
 * account, or a registry person), the item, the channel and the way of handling; where it is handled defaults to the
 * recorder's own region and the counter to the item's.
 */
public record NewRequest(@NotBlank @Size(max = 40) String itemCode, @NotBlank @Size(max = 60) String residentName,
		@Pattern(regexp = "1\\d{10}") String residentPhone, @Size(max = 64) String residentUsername, Long personId,
		@NotNull RequestChannel channel, Handling handling, @Size(max = 24) String regionCode,
		@Size(max = 80) String hall, @Size(max = 80) String counter, @Size(max = 2000) String note) {
}

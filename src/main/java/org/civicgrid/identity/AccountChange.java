package org.civicgrid.identity;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.civicgrid.shared.Role;

/** A change to an account; null fields stay as they are. */
public record AccountChange(@Size(min = 1, max = 100) String displayName, Role role,
		@Pattern(regexp = "|[0-9]{6}([0-9]{3}){0,4}") String regionCode, Boolean enabled) {
}

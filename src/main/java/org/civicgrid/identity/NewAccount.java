package org.civicgrid.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.civicgrid.shared.Role;

/** What it takes to open an account. Staff roles need a region code: it becomes their scope. */
public record NewAccount(
		@NotBlank @Size(min = 3, max = 64) @Pattern(regexp = NewAccount.USERNAME) String username,
		@NotBlank @Size(max = 100) String displayName,
		@NotBlank @Size(min = 8, max = 128) String password,
		@NotNull Role role,
		@Pattern(regexp = "[0-9]{6}([0-9]{3}){0,4}") String regionCode) {

	/** What an account's name is made of. */
	public static final String USERNAME = "[A-Za-z0-9_.-]+";
}

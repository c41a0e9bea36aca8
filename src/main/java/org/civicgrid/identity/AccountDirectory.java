package org.civicgrid.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.civicgrid.shared.Role;

/**
 * Finds the accounts behind a name or a post, for modules that address people (the inbox): no caller, no
 * personal data, only account ids of enabled accounts.
 */
public interface AccountDirectory {

	/** The enabled account with this username (any case), if there is one. */
	Optional<Long> idOf(String username);

	/** Every enabled account working in exactly this region or department code in one of the roles. */
	List<Long> holders(String unitCode, Set<Role> roles);
}

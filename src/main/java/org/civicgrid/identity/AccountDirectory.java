package org.civicgrid.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.civicgrid.shared.Role;

/**
 * Finds the accounts behind a name or a post, for modules that address people (the inbox, casework's assignee
 * picker): no caller, no personal data, only enabled accounts. Bounding what is asked by the caller's scope is the
 * asking module's business: it asks only about units its caller may see.
 */
public interface AccountDirectory {

	/** The enabled account with this username (any case), if there is one. */
	Optional<Long> idOf(String username);

	/** Every enabled account working in exactly this region or department code in one of the roles. */
	List<Long> holders(String unitCode, Set<Role> roles);

	/** The enabled staff accounts working in exactly one of these region codes, by unit code, then username. */
	List<StaffAccount> staffAt(Collection<String> unitCodes);

	/** The enabled staff accounts with these usernames (any case), by username: a department's handlers. */
	List<StaffAccount> staffNamed(Collection<String> usernames);
}

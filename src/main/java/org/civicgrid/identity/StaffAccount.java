package org.civicgrid.identity;

import org.civicgrid.shared.Role;

/**
 * A staff account as a colleague addressing work to it sees it: the username a case is assigned to, the name a
 * person picks it by, the role and the unit (region code) it works in. Never a password, phone or lock.
 */
public record StaffAccount(String username, String displayName, Role role, String unitCode) {
}

package org.civicgrid.casework.internal;

import java.util.Objects;

import org.civicgrid.shared.Caller;
import org.civicgrid.shared.RegionScope;
import org.civicgrid.shared.Role;

/**
 * Who acts on a case: username, role, the region scope they answer for and the unit they work in (a region code
 * for grid, community and street staff, a department's code for department handlers).
 */
record Actor(String username, Role role, RegionScope scope, String unitCode) {

	Actor {
		Objects.requireNonNull(username, "username");
		Objects.requireNonNull(role, "role");
		scope = scope == null ? RegionScope.NONE : scope;
	}

	static Actor of(Caller caller) {
		return of(caller, caller.regionCode());
	}

	/** {@code unit}: a department handler's department, other staff's region code. */
	static Actor of(Caller caller, String unit) {
		return new Actor(caller.username(), caller.role(), caller.scope(), unit);
	}

	boolean hasRole(Role... roles) {
		for (Role r : roles) {
			if (r == role) {
				return true;
			}
		}
		return false;
	}
}

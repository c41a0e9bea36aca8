package org.civicgrid.registry.internal;

import org.civicgrid.shared.Caller;
import org.civicgrid.shared.Role;

/** Who may write to the registry and who may read it: the staff roles that collect data, and staff. */
final class Writers {

	/** Roles that register and change records; the others on the staff side only read. */
	static final Role[] ROLES = { Role.ADMIN, Role.STREET_STAFF, Role.COMMUNITY_STAFF, Role.GRID_LEADER,
			Role.GRID_WORKER, Role.BUILDING_LEADER };

	private Writers() {
	}

	static void require(Caller caller) {
		caller.requireRole(ROLES);
	}
}

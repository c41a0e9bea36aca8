package org.civicgrid.shared;

import java.util.EnumSet;
import java.util.Set;

/** The roles of the brief ("Who uses it"). */
public enum Role {
	ADMIN, LEADER, STREET_STAFF, SUPERVISOR, COMMUNITY_STAFF, GRID_LEADER, GRID_WORKER, BUILDING_LEADER,
	DEPARTMENT_HANDLER, VOLUNTEER, RESIDENT;

	/** Roles that act for a region and therefore see what lies under their region code. */
	public static final Set<Role> STAFF = EnumSet.complementOf(EnumSet.of(VOLUNTEER, RESIDENT));

	public boolean isStaff() {
		return STAFF.contains(this);
	}

	public String authority() {
		return "ROLE_" + name();
	}
}

package org.civicgrid.portal.web;

import org.civicgrid.shared.Role;

/** Which home a role lands on: what its work is, and whether it is done on a phone or at a desk. */
enum Workbench {

	/** Residents and volunteers, on a phone: report a problem, follow their reports. */
	REPORTER("home-resident"),
	/** Grid staff in the street, on a phone: their tasks, their grid, where they stand. */
	FIELD("home-mobile"),
	/** Community staff, department handlers, the street's dispatchers: their tasks at a desk. */
	DESK("home"),
	/** Supervisors: what waits for the check, what is pressing in their scope. */
	SUPERVISION("home"),
	/** Leaders: the headline figures of their region. */
	OVERVIEW("home"),
	/** Administrators: accounts, regions and the catalog. */
	SETUP("home");

	private final String template;

	Workbench(String template) {
		this.template = template;
	}

	String template() {
		return template;
	}

	/** Whether the home lists the cases waiting for the caller. */
	boolean hasTasks() {
		return this == FIELD || this == DESK || this == SUPERVISION;
	}

	static Workbench of(Role role) {
		return switch (role) {
			case RESIDENT, VOLUNTEER -> REPORTER;
			case GRID_LEADER, GRID_WORKER, BUILDING_LEADER -> FIELD;
			case COMMUNITY_STAFF, DEPARTMENT_HANDLER, STREET_STAFF -> DESK;
			case SUPERVISOR -> SUPERVISION;
			case LEADER -> OVERVIEW;
			case ADMIN -> SETUP;
		};
	}
}

package org.civicgrid.workforce.web;

import java.util.EnumSet;
import java.util.List;

import org.civicgrid.shared.Role;
import org.civicgrid.shared.web.MenuItem;
import org.civicgrid.shared.web.MenuItems;
import org.civicgrid.shared.web.MenuSection;
import org.springframework.stereotype.Component;

/** Today's log for the staff who write it; the logs of the scope for every staff member. */
@Component
class WorkforceMenu implements MenuItems {

	@Override
	public List<MenuItem> items() {
		return List.of(new MenuItem(MenuSection.GRID, "nav.workforce.today", "/workforce/log",
				EnumSet.of(Role.GRID_WORKER, Role.GRID_LEADER, Role.COMMUNITY_STAFF), "nav-workforce-today"),
				new MenuItem(MenuSection.GRID, "nav.workforce.logs", "/workforce/logs",
						EnumSet.of(Role.ADMIN, Role.LEADER, Role.STREET_STAFF, Role.SUPERVISOR, Role.COMMUNITY_STAFF,
								Role.GRID_LEADER, Role.GRID_WORKER),
						"nav-workforce-logs"));
	}
}

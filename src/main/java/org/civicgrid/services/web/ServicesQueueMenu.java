package org.civicgrid.services.web;

import java.util.List;
import java.util.Set;

import org.civicgrid.shared.Role;
import org.civicgrid.shared.web.MenuItem;
import org.civicgrid.shared.web.MenuItems;
import org.civicgrid.shared.web.MenuSection;
import org.springframework.stereotype.Component;

/** The resident's walk-in numbers (a hall's staff reach the hall's queue from its day page). */
@Component
class ServicesQueueMenu implements MenuItems {

	@Override
	public List<MenuItem> items() {
		return List.of(new MenuItem(MenuSection.SERVICES, "nav.services.queue", "/services/queue",
				Set.of(Role.RESIDENT), "nav-services-queue"));
	}
}

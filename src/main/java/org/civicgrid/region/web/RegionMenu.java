package org.civicgrid.region.web;

import java.util.List;

import org.civicgrid.shared.Role;
import org.civicgrid.shared.web.MenuItem;
import org.civicgrid.shared.web.MenuItems;
import org.civicgrid.shared.web.MenuSection;
import org.springframework.stereotype.Component;

/** The grid map in the sidebar. */
@Component
class RegionMenu implements MenuItems {

	@Override
	public List<MenuItem> items() {
		return List.of(new MenuItem(MenuSection.GRID, "nav.regions", "/regions", Role.STAFF, "nav-regions"));
	}
}

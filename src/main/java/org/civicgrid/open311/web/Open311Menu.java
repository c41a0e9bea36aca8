package org.civicgrid.open311.web;

import java.util.List;
import java.util.Set;

import org.civicgrid.shared.Role;
import org.civicgrid.shared.web.MenuItem;
import org.civicgrid.shared.web.MenuItems;
import org.civicgrid.shared.web.MenuSection;
import org.springframework.stereotype.Component;

/** The Open311 keys in the sidebar, for the administrator. */
@Component
class Open311Menu implements MenuItems {

	@Override
	public List<MenuItem> items() {
		return List.of(new MenuItem(MenuSection.ADMIN, "nav.open311-keys", "/admin/open311-keys", Set.of(Role.ADMIN), "nav-open311-keys"));
	}
}

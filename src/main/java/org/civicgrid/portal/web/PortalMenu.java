package org.civicgrid.portal.web;

import java.util.List;

import org.civicgrid.shared.Role;
import org.civicgrid.shared.web.MenuItem;
import org.civicgrid.shared.web.MenuItems;
import org.civicgrid.shared.web.MenuSection;
import org.springframework.stereotype.Component;

/** The home page and the API docs in the sidebar. */
@Component
class PortalMenu implements MenuItems {

	@Override
	public List<MenuItem> items() {
		return List.of(MenuItem.forEveryone(MenuSection.WORK, "nav.home", "/", "nav-home"),
				new MenuItem(MenuSection.ADMIN, "nav.api", "/swagger-ui.html", Role.STAFF, "nav-api"));
	}
}

package org.civicgrid.services.web;

import java.util.List;
import java.util.Set;

import org.civicgrid.shared.Role;
import org.civicgrid.shared.web.MenuItem;
import org.civicgrid.shared.web.MenuItems;
import org.civicgrid.shared.web.MenuSection;
import org.springframework.stereotype.Component;

/** The requests part's pages in the sidebar: requests, agency matters, call-backs and satisfaction, for staff. */
@Component
class ServicesRequestsMenu implements MenuItems {

	@Override
	public List<MenuItem> items() {
		Set<Role> staff = Role.STAFF;
		return List.of(new MenuItem(MenuSection.SERVICES, "nav.services.requests", "/services/requests", staff,
				"nav-service-requests"),
				new MenuItem(MenuSection.SERVICES, "nav.services.agency", "/services/agency", staff, "nav-agency"),
				new MenuItem(MenuSection.SERVICES, "nav.services.callbacks", "/services/callbacks", staff,
						"nav-callbacks"),
				new MenuItem(MenuSection.SERVICES, "nav.services.satisfaction", "/services/satisfaction", staff,
						"nav-satisfaction"));
	}
}

package org.civicgrid.services.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.civicgrid.shared.Role;
import org.civicgrid.shared.web.MenuItem;
import org.civicgrid.shared.web.MenuItems;
import org.civicgrid.shared.web.MenuSection;
import org.springframework.stereotype.Component;

/** The catalog in the sidebar: every staff member reads it at a counter; editors keep it. */
@Component
class ServicesCatalogMenu implements MenuItems {

	@Override
	public List<MenuItem> items() {
		return List.of(new MenuItem(MenuSection.SERVICES, "nav.services.catalog", "/services/catalog",
				EnumSet.copyOf(Role.STAFF), "nav-services-catalog"),
				new MenuItem(MenuSection.ADMIN, "nav.services.catalog-admin", "/services/catalog/admin",
						Set.of(Role.ADMIN, Role.STREET_STAFF), "nav-services-catalog-admin"));
	}
}

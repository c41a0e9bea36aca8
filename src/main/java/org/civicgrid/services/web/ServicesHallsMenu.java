package org.civicgrid.services.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.civicgrid.shared.Role;
import org.civicgrid.shared.web.MenuItem;
import org.civicgrid.shared.web.MenuItems;
import org.civicgrid.shared.web.MenuSection;
import org.springframework.stereotype.Component;

/** The halls' day for staff and the resident's own appointments. */
@Component
class ServicesHallsMenu implements MenuItems {

	@Override
	public List<MenuItem> items() {
		return List.of(new MenuItem(MenuSection.SERVICES, "nav.services.halls", "/services/halls",
				EnumSet.copyOf(Role.STAFF), "nav-services-halls"),
				new MenuItem(MenuSection.SERVICES, "nav.services.bookings", "/services/bookings",
						Set.of(Role.RESIDENT), "nav-services-bookings"));
	}
}

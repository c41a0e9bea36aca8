package org.civicgrid.messaging.web;

import java.util.EnumSet;
import java.util.List;

import org.civicgrid.shared.Role;
import org.civicgrid.shared.web.MenuItem;
import org.civicgrid.shared.web.MenuItems;
import org.civicgrid.shared.web.MenuSection;
import org.springframework.stereotype.Component;

/** My channels, for everyone who can be in one; the emergency broadcast for the regions' owners. */
@Component
class MessagingMenu implements MenuItems {

	@Override
	public List<MenuItem> items() {
		return List.of(new MenuItem(MenuSection.MESSAGING, "nav.messaging.channels", "/messaging",
				EnumSet.allOf(Role.class), "nav-messaging-channels"),
				new MenuItem(MenuSection.MESSAGING, "nav.messaging.broadcast", "/messaging/broadcasts/new",
						EnumSet.of(Role.ADMIN, Role.LEADER, Role.STREET_STAFF, Role.SUPERVISOR, Role.COMMUNITY_STAFF),
						"nav-messaging-broadcast"));
	}
}

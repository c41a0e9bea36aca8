package org.civicgrid.messaging.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.civicgrid.shared.Role;
import org.civicgrid.shared.web.MenuItem;
import org.civicgrid.shared.web.MenuItems;
import org.civicgrid.shared.web.MenuSection;
import org.springframework.stereotype.Component;

/**
 * My channels, for everyone who can be in one; the emergency broadcast for the regions' owners; the outbound
 * delivery log for administrators and street staff; everyone's own SMS choices.
 */
@Component
class MessagingMenu implements MenuItems {

	/** Who follows up residents' posts: forwarded ones and questions on the answer clock. */
	private static final Set<Role> FOLLOW_UP = EnumSet.of(Role.ADMIN, Role.LEADER, Role.STREET_STAFF,
			Role.SUPERVISOR, Role.COMMUNITY_STAFF, Role.GRID_LEADER, Role.GRID_WORKER);

	@Override
	public List<MenuItem> items() {
		return List.of(new MenuItem(MenuSection.MESSAGING, "nav.messaging.channels", "/messaging",
				EnumSet.allOf(Role.class), "nav-messaging-channels"),
				new MenuItem(MenuSection.MESSAGING, "nav.messaging.broadcast", "/messaging/broadcasts/new",
						EnumSet.of(Role.ADMIN, Role.LEADER, Role.STREET_STAFF, Role.SUPERVISOR, Role.COMMUNITY_STAFF),
						"nav-messaging-broadcast"),
				new MenuItem(MenuSection.MESSAGING, "nav.messaging.forwards", "/messaging/forwards",
						FOLLOW_UP,
						"nav-messaging-forwards"),
				new MenuItem(MenuSection.MESSAGING, "nav.messaging.questions", "/messaging/questions",
						FOLLOW_UP,
						"nav-messaging-questions"),
				new MenuItem(MenuSection.MESSAGING, "messaging.outbound.nav.log", "/messaging/outbound",
						Set.of(Role.ADMIN, Role.STREET_STAFF), "messaging.outbound.nav.log"),
				MenuItem.forEveryone(MenuSection.WORK, "messaging.outbound.nav.preferences", "/messaging/preferences",
						"messaging.outbound.nav.preferences"));
	}
}

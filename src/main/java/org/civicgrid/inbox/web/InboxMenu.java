package org.civicgrid.inbox.web;

import java.util.List;

import org.civicgrid.shared.web.MenuItem;
import org.civicgrid.shared.web.MenuItems;
import org.civicgrid.shared.web.MenuSection;
import org.springframework.stereotype.Component;

/** The messages in the sidebar (the top bar shows the unread count). */
@Component
class InboxMenu implements MenuItems {

	@Override
	public List<MenuItem> items() {
		return List.of(MenuItem.forEveryone(MenuSection.WORK, "nav.inbox", "/inbox", "nav-inbox-list"));
	}
}

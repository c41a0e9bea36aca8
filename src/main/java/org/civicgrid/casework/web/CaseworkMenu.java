package org.civicgrid.casework.web;

import java.util.List;
import java.util.Set;

import org.civicgrid.shared.Role;
import org.civicgrid.shared.web.MenuItem;
import org.civicgrid.shared.web.MenuItems;
import org.civicgrid.shared.web.MenuSection;
import org.springframework.stereotype.Component;

/** Casework's pages in the sidebar: one's tasks and reports for everyone, the boards for the street. */
@Component
class CaseworkMenu implements MenuItems {

	@Override
	public List<MenuItem> items() {
		return List.of(MenuItem.forEveryone(MenuSection.WORK, "nav.cases.mine", "/cases/mine", "nav-cases-mine"),
				MenuItem.forEveryone(MenuSection.WORK, "nav.cases.new", "/cases/new", "nav-cases-new"),
				new MenuItem(MenuSection.CASES, "nav.cases.board", "/cases/board",
						Set.of(Role.STREET_STAFF, Role.SUPERVISOR, Role.LEADER, Role.ADMIN), "nav-board"),
				new MenuItem(MenuSection.CASES, "nav.cases.supervision", "/cases/supervision",
						Set.of(Role.STREET_STAFF, Role.SUPERVISOR, Role.LEADER), "nav-supervision"),
				new MenuItem(MenuSection.CASES, "nav.indicators", "/cases/indicators", Role.STAFF, "nav-indicators"),
				new MenuItem(MenuSection.ADMIN, "nav.categories", "/admin/categories", Set.of(Role.ADMIN),
						"nav-categories"));
	}
}

package org.civicgrid.identity.web;

import java.util.List;
import java.util.Set;

import org.civicgrid.shared.Role;
import org.civicgrid.shared.web.MenuItem;
import org.civicgrid.shared.web.MenuItems;
import org.civicgrid.shared.web.MenuSection;
import org.springframework.stereotype.Component;

/** Accounts and the audit trail in the sidebar, for the administrator. */
@Component
class IdentityMenu implements MenuItems {

	@Override
	public List<MenuItem> items() {
		return List.of(new MenuItem(MenuSection.ADMIN, "nav.accounts", "/admin/accounts", Set.of(Role.ADMIN), "nav-accounts"),
				new MenuItem(MenuSection.ADMIN, "nav.audit", "/admin/audit", Set.of(Role.ADMIN), "nav-audit"));
	}
}

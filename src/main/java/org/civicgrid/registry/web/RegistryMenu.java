package org.civicgrid.registry.web;

import java.util.List;
import java.util.Set;

import org.civicgrid.shared.Role;
import org.civicgrid.shared.web.MenuItem;
import org.civicgrid.shared.web.MenuItems;
import org.civicgrid.shared.web.MenuSection;
import org.springframework.stereotype.Component;

/** The registry's pages in the sidebar, for the staff who keep it. */
@Component
class RegistryMenu implements MenuItems {

	private static final Set<Role> KEEPERS = Set.of(Role.ADMIN, Role.STREET_STAFF, Role.COMMUNITY_STAFF,
			Role.GRID_LEADER, Role.GRID_WORKER, Role.LEADER);

	@Override
	public List<MenuItem> items() {
		return List.of(new MenuItem(MenuSection.REGISTRY, "nav.people", "/people", KEEPERS, "nav-people"),
				new MenuItem(MenuSection.REGISTRY, "nav.houses", "/registry/houses", KEEPERS, "nav-houses"),
				new MenuItem(MenuSection.REGISTRY, "nav.households", "/registry/households", KEEPERS, "nav-households"),
				new MenuItem(MenuSection.REGISTRY, "nav.organisations", "/registry/organisations", KEEPERS,
						"nav-organisations"),
				new MenuItem(MenuSection.REGISTRY, "nav.parts", "/registry/parts", KEEPERS, "nav-parts"),
				new MenuItem(MenuSection.REGISTRY, "nav.statistics", "/registry/statistics", KEEPERS, "nav-statistics"),
				new MenuItem(MenuSection.REGISTRY, "nav.imports", "/registry/imports",
						Set.of(Role.ADMIN, Role.STREET_STAFF, Role.COMMUNITY_STAFF, Role.GRID_LEADER, Role.GRID_WORKER,
								Role.BUILDING_LEADER), "nav-imports"),
				new MenuItem(MenuSection.ADMIN, "nav.vault", "/admin/vault", Set.of(Role.ADMIN), "nav-vault"));
	}
}

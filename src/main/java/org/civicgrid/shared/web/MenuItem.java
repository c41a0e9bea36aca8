package org.civicgrid.shared.web;

import java.util.Set;

import org.civicgrid.shared.Role;

/**
 * One page in the staff sidebar: its group, its label's bundle key, its path, the roles that see it (the page
 * itself still refuses everyone else) and the element id tests and pages find it by.
 */
public record MenuItem(MenuSection section, String labelKey, String path, Set<Role> roles, String id) {

	public MenuItem {
		roles = Set.copyOf(roles);
	}

	/** Seen by every signed-in account. */
	public static MenuItem forEveryone(MenuSection section, String labelKey, String path, String id) {
		return new MenuItem(section, labelKey, path, Set.of(Role.values()), id);
	}

	/** Whether a request for {@code requestPath} is this page or one below it ({@code /people/12} is under /people). */
	boolean covers(String requestPath) {
		if ("/".equals(path)) {
			return "/".equals(requestPath);
		}
		return requestPath.equals(path) || requestPath.startsWith(path + "/");
	}
}

package org.civicgrid.shared.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.shared.Caller;

/**
 * The sidebar every module's pages contribute to ({@link MenuItems}), grouped by {@link MenuSection}, as one
 * caller sees it on one page: the groups and items their role may open, and which item the page belongs to, for
 * the highlight and the breadcrumbs. The longest matching path wins, so {@code /cases/board} is not 我的任务's.
 */
final class Menu {

	private final List<MenuItem> items;

	Menu(List<MenuItems> contributions) {
		this.items = contributions.stream().flatMap(c -> c.items().stream()).toList();
	}

	Shown of(Caller caller, String requestPath) {
		Map<MenuSection, List<MenuItem>> groups = new EnumMap<>(MenuSection.class);
		MenuItem active = null;
		for (MenuItem item : items) {
			if (caller == null || !item.roles().contains(caller.role())) {
				continue;
			}
			groups.computeIfAbsent(item.section(), s -> new ArrayList<>()).add(item);
			if (item.covers(requestPath) && (active == null || item.path().length() > active.path().length())) {
				active = item;
			}
		}
		List<Group> shown = groups.entrySet().stream()
			.sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
			.map(e -> new Group(e.getKey(), List.copyOf(e.getValue())))
			.toList();
		return new Shown(shown, active);
	}

	/** A group of the sidebar with the items the caller sees. */
	public record Group(MenuSection section, List<MenuItem> items) {
	}

	/** The sidebar as the page shows it; {@code active} is null on a page outside the menu. */
	public record Shown(List<Group> groups, MenuItem active) {

		public boolean isActive(MenuItem item) {
			return item.equals(active);
		}

		public boolean isEmpty() {
			return groups.isEmpty();
		}
	}
}

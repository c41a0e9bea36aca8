package org.civicgrid.services.internal.halls;

import java.util.List;

/**
 * A counter as its hall's managers set it up: what it serves, its places per slot and its A (主办) and B (协办)
 * staff by username (either may be null). Only managers read it: the public hall view carries no usernames.
 */
public record CounterSetup(String hallCode, int number, String name, List<String> items, int capacity, String staffA,
		String staffB) {

	public CounterSetup {
		items = List.copyOf(items);
	}

	HallCounter counter() {
		return new HallCounter(hallCode, number, name, items, capacity);
	}
}

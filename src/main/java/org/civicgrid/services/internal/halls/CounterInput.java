package org.civicgrid.services.internal.halls;

import java.util.List;

/**
 * A counter as a hall's manager writes it: its number (1–99), name, the item codes it serves, people per 30-minute
 * slot (1–100) and the usernames of its A (主办) and B (协办) staff, either may be empty.
 */
public record CounterInput(Integer number, String name, List<String> items, Integer capacity, String staffA,
		String staffB) {

	public CounterInput {
		items = items == null ? List.of() : items.stream().filter(i -> i != null && !i.isBlank())
			.map(String::strip).distinct().toList();
	}
}

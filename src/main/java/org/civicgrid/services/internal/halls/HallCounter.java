package org.civicgrid.services.internal.halls;

import java.util.List;

/** A counter (窗口) of a hall: the item codes it serves and how many people one 30-minute slot takes. */
public record HallCounter(String hallCode, int number, String name, List<String> items, int capacity) {

	public HallCounter {
		items = List.copyOf(items);
	}

	public boolean serves(String itemCode) {
		return items.contains(itemCode);
	}
}

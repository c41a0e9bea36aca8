package org.civicgrid.services.internal;

import java.util.List;

/** An item as a list shows it: enough to pick it, without its materials and steps. */
public record ItemSummary(String code, String name, ServiceCategory category, ServiceLevel level, int timeLimitDays,
		boolean bookable, boolean agency, boolean atHome, List<LifeEvent> lifeEvents, int version) {

	public ItemSummary {
		lifeEvents = List.copyOf(lifeEvents);
	}
}

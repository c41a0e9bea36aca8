package org.civicgrid.services.internal;

import java.util.List;

/**
 * One version of a service item, checked ({@link ItemRules}): what a resident needs to know to come once and be
 * served (一次性告知). {@code timeLimitDays} is the promised time in working days (0: on the spot).
 */
public record ServiceItem(String code, ServiceCategory category, String name, ServiceLevel level, String conditions,
		List<Material> materials, List<Step> steps, int timeLimitDays, String fee, String legalBasis, String counter,
		String contact, boolean bookable, boolean agency, boolean atHome, List<LifeEvent> lifeEvents) {

	public ServiceItem {
		materials = List.copyOf(materials);
		steps = List.copyOf(steps);
		lifeEvents = List.copyOf(lifeEvents);
	}

	/** Whether the item costs nothing: no fee written, or 0. */
	public boolean free() {
		return fee == null || fee.isBlank() || fee.strip().equals("0") || fee.strip().equals("免费");
	}

	/** One material: its name, original or copy, how many, whether required, and a note (may be empty). */
	public record Material(String name, MaterialForm form, int count, boolean required, String notes) {
	}

	/** One step of the flow chart, in order. */
	public record Step(String name, String detail) {
	}
}

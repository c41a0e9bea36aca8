package org.civicgrid.services;

import java.util.List;

/**
 * A service item (事项) as an admin, an Excel row or a catalog file writes it: every choice as its code (category
 * {@code CIVIL_AFFAIRS}, level {@code COMMUNITY_HALL}, form {@code ORIGINAL} …), checked field by field when it is
 * saved, so that a wrong value is named rather than unreadable. {@code timeLimitDays} counts working days (0: done on
 * the spot); {@code fee} is free text, empty or 0 meaning free of charge.
 */
public record ServiceItemInput(String code, String category, String name, String level, String conditions,
		List<MaterialInput> materials, List<StepInput> steps, Integer timeLimitDays, String fee, String legalBasis,
		String counter, String contact, Boolean bookable, Boolean agency, Boolean atHome, List<String> lifeEvents) {

	public ServiceItemInput {
		materials = materials == null ? List.of() : materials;
		steps = steps == null ? List.of() : steps;
		lifeEvents = lifeEvents == null ? List.of() : lifeEvents;
	}

	/** One required material (申请材料): original or copy, how many, whether it may be left out, and a note. */
	public record MaterialInput(String name, String form, Integer count, Boolean required, String notes) {
	}

	/** One step of the flow (办理流程), in order: what happens and, briefly, who does it. */
	public record StepInput(String name, String detail) {
	}
}

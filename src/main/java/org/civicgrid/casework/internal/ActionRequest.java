package org.civicgrid.casework.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonAlias;

import org.civicgrid.casework.AssigneeLevel;
import org.civicgrid.casework.SupervisionCard;

/**
 * The body of {@code POST /api/v1/cases/{id}/actions/{action}}: each action reads what it needs ({@link ActionInput}).
 *
 * @param assigneeLevel GRID, COMMUNITY, STREET, DEPARTMENT or DISTRICT; taken from the length of a region code
 * in {@code assigneeUnit} when left out
 * @param assigneeUnit the unit dispatched to (a region code or a department's code)
 * @param assigneeUser the person dispatched to, within that unit
 * @param comment the rating's comment (好差评), kept as the step's note
 * @param survivor the case a duplicate is merged into (also read as {@code targetId})
 * @param extension how much more time is asked for, such as {@code 2wd} or {@code 4wh}
 */
public record ActionRequest(@Size(max = 2000) String note, @Size(max = 2000) String reason,
		AssigneeLevel assigneeLevel, @Size(max = 32) String assigneeUnit, @Size(max = 64) String assigneeUser,
		@Min(1) @Max(5) Integer score, @Size(max = 500) String comment, @JsonAlias("targetId") Long survivor, @Size(max = 16) String extension,
		SupervisionCard card) {

	public static ActionRequest empty() {
		return new ActionRequest(null, null, null, null, null, null, null, null, null, null);
	}

	public static ActionRequest note(String note) {
		return new ActionRequest(note, null, null, null, null, null, null, null, null, null);
	}
}

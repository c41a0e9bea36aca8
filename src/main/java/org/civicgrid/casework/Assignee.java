package org.civicgrid.casework;

import java.util.Objects;

/**
 * Who must act on a case: a unit at a level (a grid, community or street by its region code, a department by its
 * unit code) and, when dispatched to a person, that person's username.
 */
public record Assignee(AssigneeLevel level, String unitCode, String username) {

	public Assignee {
		Objects.requireNonNull(level, "level");
		if (unitCode == null || unitCode.isBlank()) {
			throw new IllegalArgumentException("An assignee needs a unit code");
		}
		username = username == null || username.isBlank() ? null : username;
	}

	public static Assignee unit(AssigneeLevel level, String unitCode) {
		return new Assignee(level, unitCode, null);
	}

	public static Assignee person(AssigneeLevel level, String unitCode, String username) {
		return new Assignee(level, unitCode, username);
	}

	public boolean isPerson() {
		return username != null;
	}
}

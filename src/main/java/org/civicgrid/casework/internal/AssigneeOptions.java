package org.civicgrid.casework.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.casework.AssigneeLevel;
import org.civicgrid.shared.Role;

/**
 * Whom a case may be dispatched, reassigned or escalated to, as one caller may pick: the units that may take it
 * (the case's grid, community and street inside the caller's scope, the departments serving its grid), each with
 * the staff who answer there. {@code preselected} is what the form starts on (the case's grid and its grid worker;
 * null: nothing, or for an escalation the rule's next level, {@code automatic}, which an empty unit asks for).
 */
public record AssigneeOptions(long caseId, String action, Choice preselected, Unit automatic, List<Unit> units) {

	public AssigneeOptions {
		units = List.copyOf(units);
	}

	/** The units under their level, bottom-up (the form's option groups). */
	public Map<AssigneeLevel, List<Unit>> byLevel() {
		Map<AssigneeLevel, List<Unit>> groups = new EnumMap<>(AssigneeLevel.class);
		units.forEach(u -> groups.computeIfAbsent(u.level(), l -> new java.util.ArrayList<>()).add(u));
		return groups;
	}

	/** What the action form posts: {@code assigneeLevel}, {@code assigneeUnit} and {@code assigneeUser}. */
	public record Choice(AssigneeLevel level, String unit, String user) {
	}

	/** A unit at a level (a region code or a department's code), its name and the people who answer there. */
	public record Unit(AssigneeLevel level, String code, String name, List<Person> people) {

		public Unit {
			people = List.copyOf(people);
		}
	}

	/** A staff account a case may be assigned to in person. */
	public record Person(String username, String displayName, Role role) {
	}
}

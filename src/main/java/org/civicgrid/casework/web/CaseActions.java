package org.civicgrid.casework.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How the case page lays out the actions a caller may take: one main next step (the one primary button), the others
 * behind 更多操作, and those that end or send back the case styled as dangerous and confirmed before they post.
 */
record CaseActions(String primary, List<String> others) {

	/**
	 * The loop's forward steps in the order one of them is the main one: whoever holds the case moves it on (the
	 * assignee handles or accepts, the grid worker verifies, the desk files, dispatches or closes, the supervisor
	 * checks, the reporter rates), and a leader's or supervisor's own word comes last.
	 */
	private static final List<String> FORWARD = List.of("handle", "accept", "verify", "file", "dispatch", "check-pass",
			"close", "rate", "instruct", "supervise");

	/** Steps that end the case or send it back: outlined in red and confirmed first. */
	private static final Set<String> DESTRUCTIVE = Set.of("dismiss", "return", "check-fail", "merge");

	static CaseActions of(List<String> allowed) {
		String primary = FORWARD.stream().filter(allowed::contains).findFirst().orElse(null);
		List<String> others = new ArrayList<>();
		allowed.stream().filter(w -> !w.equals(primary) && !DESTRUCTIVE.contains(w)).forEach(others::add);
		allowed.stream().filter(DESTRUCTIVE::contains).forEach(others::add);
		return new CaseActions(primary, List.copyOf(others));
	}

	public boolean isDestructive(String wire) {
		return DESTRUCTIVE.contains(wire);
	}

	/** (Public for the template.) The button's Bootstrap class: one primary, red outlines for the destructive, grey outlines for the rest. */
	public String buttonClass(String wire) {
		if (wire.equals(primary)) {
			return "btn-primary";
		}
		return isDestructive(wire) ? "btn-outline-danger" : "btn-outline-secondary";
	}
}

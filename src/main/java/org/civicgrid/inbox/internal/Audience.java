package org.civicgrid.inbox.internal;

/**
 * The people a step of a case may concern, as the columns of the rule in {@code docs/inbox.md} ("Who hears what").
 * {@link Recipients} turns each into accounts, always without the one who took the step.
 */
enum Audience {

	/** Whoever reported the case: a resident hears only the steps they can follow (受理, 已办结, 不予受理, 已合并). */
	REPORTER,
	/** Whoever the case is assigned to now: a person, or the unit's staff in the role answering at its level. */
	ASSIGNEE,
	/** The street's dispatchers (派遣员), who file, dispatch and take back returned cases. */
	DESK,
	/** The assignee, or the desk while nobody is assigned. */
	ASSIGNEE_OR_DESK,
	/** The supervisors (督查) whose scope covers the grid, or the desk where none does. */
	CHECKERS
}

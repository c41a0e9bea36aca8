package org.civicgrid.casework.internal;

import static org.civicgrid.shared.Role.*;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.civicgrid.casework.Assignee;
import org.civicgrid.casework.AssigneeLevel;
import org.civicgrid.casework.CaseAction;
import org.civicgrid.shared.Role;

/**
 * Who may do what to a case. Each action has one named {@link Rule} (dispatchers dispatch, the assignee accepts,
 * handles and returns, supervisors check and supervise, leaders instruct, the reporter rates); then the case's grid
 * must lie in the actor's region scope, except for the reporter rating their own case and department handlers,
 * who reach exactly the cases assigned to their unit.
 */
final class CaseActionPolicy {

	enum Rule {
		/** Field staff confirm a report on site (核实). */
		VERIFIERS {
			boolean admits(CaseFile file, Actor actor) {
				return actor.hasRole(GRID_WORKER, GRID_LEADER, COMMUNITY_STAFF, SUPERVISOR);
			}
		},
		/** The street's dispatchers (派遣员) file, dispatch, reassign, defer, merge and dismiss. */
		DISPATCHERS {
			boolean admits(CaseFile file, Actor actor) {
				return actor.hasRole(STREET_STAFF);
			}
		},
		/** Only whoever the case is assigned to accepts, handles, returns or asks for more time. */
		ASSIGNEE {
			boolean admits(CaseFile file, Actor actor) {
				return isAssignee(file.assignee(), actor);
			}
		},
		/** What the assignee cannot handle goes up, by them or by a dispatcher (上报). */
		ASSIGNEE_OR_DISPATCHER {
			boolean admits(CaseFile file, Actor actor) {
				return ASSIGNEE.admits(file, actor) || DISPATCHERS.admits(file, actor);
			}
		},
		/** Extensions are approved by dispatchers or leaders, never by the one who asked. */
		EXTENSION_APPROVERS {
			boolean admits(CaseFile file, Actor actor) {
				return actor.hasRole(STREET_STAFF, LEADER) && !isAssignee(file.assignee(), actor);
			}
		},
		/** Supervisors (督查) check on site and press with cards. */
		SUPERVISORS {
			boolean admits(CaseFile file, Actor actor) {
				return actor.hasRole(SUPERVISOR);
			}
		},
		/** A case is closed by a supervisor or a dispatcher. */
		CLOSERS {
			boolean admits(CaseFile file, Actor actor) {
				return actor.hasRole(SUPERVISOR, STREET_STAFF);
			}
		},
		/** Leaders give instructions (批示). */
		LEADERS {
			boolean admits(CaseFile file, Actor actor) {
				return actor.hasRole(LEADER);
			}
		},
		/** The one who reported the problem rates how it was handled (好差评). */
		REPORTER {
			boolean admits(CaseFile file, Actor actor) {
				return actor.username().equals(file.reporter());
			}
		};

		abstract boolean admits(CaseFile file, Actor actor);

		String messageKey() {
			return "casework.rule." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}

	static Rule ruleFor(CaseAction action) {
		return switch (action) {
			case VERIFY -> Rule.VERIFIERS;
			case FILE, DISMISS, DISPATCH, REASSIGN, DEFER, MERGE -> Rule.DISPATCHERS;
			case ACCEPT, RETURN, HANDLE, REQUEST_EXTENSION -> Rule.ASSIGNEE;
			case ESCALATE -> Rule.ASSIGNEE_OR_DISPATCHER;
			case APPROVE_EXTENSION -> Rule.EXTENSION_APPROVERS;
			case CHECK_PASS, CHECK_FAIL, SUPERVISE -> Rule.SUPERVISORS;
			case CLOSE -> Rule.CLOSERS;
			case INSTRUCT -> Rule.LEADERS;
			case RATE -> Rule.REPORTER;
		};
	}

	/** Throws {@link CaseActionRefusedException} (403) or OutOfScopeException (403) unless the actor may. */
	void check(CaseFile file, CaseAction action, Actor actor) {
		Rule rule = ruleFor(action);
		if (!rule.admits(file, actor)) {
			throw new CaseActionRefusedException(rule, action);
		}
		if (!inScope(rule, file, actor)) {
			actor.scope().require(file.gridCode());
		}
	}

	/** What this actor may do to the case now: the workflow's actions their rules and scope allow. */
	Set<CaseAction> allowedActions(CaseFile file, Actor actor) {
		Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
		for (CaseAction action : file.allowedActions()) {
			Rule rule = ruleFor(action);
			if (rule.admits(file, actor) && inScope(rule, file, actor)) {
				allowed.add(action);
			}
		}
		return allowed;
	}

	/** The reporter rates their own case and department handlers reach their unit's cases wherever they lie. */
	private static boolean inScope(Rule rule, CaseFile file, Actor actor) {
		return rule == Rule.REPORTER || actor.hasRole(DEPARTMENT_HANDLER) || actor.scope().covers(file.gridCode());
	}

	/**
	 * A case dispatched to a person is theirs alone; one dispatched to a unit belongs to the staff of that unit in the
	 * role that answers at its level (grid workers for a grid, department handlers for a department).
	 */
	static boolean isAssignee(Assignee assignee, Actor actor) {
		if (assignee == null) {
			return false;
		}
		if (assignee.isPerson()) {
			return assignee.username().equals(actor.username());
		}
		return Objects.equals(assignee.unitCode(), actor.unitCode()) && actor.hasRole(rolesAt(assignee.level()));
	}

	static Role[] rolesAt(AssigneeLevel level) {
		return switch (level) {
			case GRID -> new Role[] { GRID_WORKER, GRID_LEADER };
			case COMMUNITY -> new Role[] { COMMUNITY_STAFF };
			case STREET -> new Role[] { STREET_STAFF };
			case DEPARTMENT, DISTRICT -> new Role[] { DEPARTMENT_HANDLER, LEADER };
		};
	}
}

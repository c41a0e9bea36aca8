package org.civicgrid.casework.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.civicgrid.casework.CaseAction;
import org.civicgrid.casework.CaseStatus;
import org.civicgrid.shared.ConflictException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The action is not allowed in the case's current status: 409, and the answer lists the actions that are
 * (the workflow table decides both).
 */
public class IllegalCaseActionException extends ConflictException {

	private final CaseAction action;

	private final CaseStatus status;

	private final List<CaseAction> allowedActions;

	public IllegalCaseActionException(CaseAction action, CaseStatus status, Set<CaseAction> allowedActions) {
		// the status is resolved from the bundles when the message is built, so callers read 已派遣, not DISPATCHED
		super("casework.illegal-action.detail", action.wire(),
				new DefaultMessageSourceResolvable(new String[] { "casework.status." + status.name() }, status.name()),
				wireNames(allowedActions));
		this.action = action;
		this.status = status;
		this.allowedActions = List.copyOf(allowedActions);
	}

	public CaseAction action() {
		return action;
	}

	public CaseStatus caseStatus() {
		return status;
	}

	/** In the order of {@link CaseAction}; empty for a final status. */
	public List<CaseAction> allowedActions() {
		return allowedActions;
	}

	private static String wireNames(Set<CaseAction> actions) {
		return actions.isEmpty() ? "—" : actions.stream().map(CaseAction::wire).collect(Collectors.joining(", "));
	}
}

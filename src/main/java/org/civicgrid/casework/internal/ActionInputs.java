package org.civicgrid.casework.internal;

import java.util.ArrayList;
import java.util.List;

import org.civicgrid.casework.Assignee;
import org.civicgrid.casework.AssigneeLevel;
import org.civicgrid.casework.CaseAction;
import org.civicgrid.casework.CaseId;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.time.TimeLimit;

/**
 * Turns the API's flat {@link ActionRequest} into the domain's {@link ActionInput}: the assignee's level from the
 * length of a region code when not given, the rating's comment as the step's note, the extension read as a
 * {@link TimeLimit}. Escalating without an assignee goes one level up ({@link EscalationPolicy}).
 */
final class ActionInputs {

	private ActionInputs() {
	}

	static ActionInput of(CaseAction action, ActionRequest request, CaseFile file, EscalationPolicy escalation,
			String departmentCode) {
		ActionRequest r = request == null ? ActionRequest.empty() : request;
		List<FieldProblem> problems = new ArrayList<>();
		Assignee assignee = assignee(r, problems);
		if (action == CaseAction.ESCALATE && assignee == null) {
			assignee = escalation.escalate(file, departmentCode).orElse(null);
		}
		TimeLimit extension = null;
		if (r.extension() != null && !r.extension().isBlank()) {
			try {
				extension = TimeLimit.parse(r.extension());
			}
			catch (IllegalArgumentException e) {
				problems.add(FieldProblem.of("extension", "casework.input.extension-format", r.extension()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String note = r.comment() != null && r.note() == null ? r.comment() : r.note();
		CaseId survivor = r.survivor() == null || r.survivor() <= 0 ? null : new CaseId(r.survivor());
		return new ActionInput(note, r.reason(), assignee, r.score(), survivor, extension, r.card(), List.of());
	}

	private static Assignee assignee(ActionRequest r, List<FieldProblem> problems) {
		boolean noUnit = r.assigneeUnit() == null || r.assigneeUnit().isBlank();
		if (noUnit) {
			if (r.assigneeUser() != null && !r.assigneeUser().isBlank()) {
				problems.add(FieldProblem.of("assigneeUnit", "casework.input.assignee-unit-required"));
			}
			return null;
		}
		AssigneeLevel level = r.assigneeLevel() != null ? r.assigneeLevel() : levelOf(r.assigneeUnit());
		return new Assignee(level, r.assigneeUnit().strip(), r.assigneeUser());
	}

	/** A region code's level by its length; anything else names a department. */
	static AssigneeLevel levelOf(String unitCode) {
		return RegionCode.parse(unitCode.strip()).flatMap(AssigneeLevel::of).orElse(AssigneeLevel.DEPARTMENT);
	}
}

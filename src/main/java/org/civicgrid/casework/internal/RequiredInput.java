package org.civicgrid.casework.internal;

import java.util.ArrayList;
import java.util.List;

import org.civicgrid.casework.Assignee;
import org.civicgrid.casework.AssigneeLevel;
import org.civicgrid.casework.CaseAction;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.RegionCode;

/**
 * What each action must carry: a dispatch names its assignee, a return or dismissal its reason, a rating a score
 * from 1 to 5, a merge a surviving case other than itself. All problems are reported at once (422).
 */
final class RequiredInput {

	private RequiredInput() {
	}

	static void check(CaseFile file, CaseAction action, ActionInput input) {
		List<FieldProblem> problems = new ArrayList<>();
		switch (action) {
			case DISMISS, RETURN, DEFER, CHECK_FAIL -> require(problems, input.reason(), "reason");
			case REQUEST_EXTENSION -> {
				require(problems, input.reason(), "reason");
				if (input.extension() == null) {
					problems.add(FieldProblem.of("extension", "casework.input.extension-required"));
				}
			}
			case DISPATCH, REASSIGN, ESCALATE -> assignee(problems, file, action, input.assignee());
			case RATE -> {
				if (input.score() == null || input.score() < Rating.WORST || input.score() > Rating.BEST) {
					problems.add(FieldProblem.of("score", "validation.range", Rating.WORST, Rating.BEST));
				}
			}
			case MERGE -> {
				if (input.survivor() == null) {
					problems.add(FieldProblem.of("survivor", "casework.input.survivor-required"));
				}
				else if (input.survivor().equals(file.id())) {
					problems.add(FieldProblem.of("survivor", "casework.input.survivor-self"));
				}
			}
			case SUPERVISE -> {
				if (input.card() == null) {
					problems.add(FieldProblem.of("card", "casework.input.card-required"));
				}
			}
			case INSTRUCT, HANDLE -> require(problems, input.note(), "note");
			case VERIFY, FILE, ACCEPT, CHECK_PASS, CLOSE, APPROVE_EXTENSION -> {
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static void require(List<FieldProblem> problems, String text, String field) {
		if (text == null || text.isBlank()) {
			problems.add(FieldProblem.of(field, "casework.input." + field + "-required"));
		}
	}

	private static void assignee(List<FieldProblem> problems, CaseFile file, CaseAction action, Assignee to) {
		if (to == null) {
			problems.add(FieldProblem.of("assignee", "casework.input.assignee-required"));
			return;
		}
		if (!RegionUnit.holds(to, file.gridCode())) {
			problems.add(FieldProblem.of("assignee.unitCode", "casework.input.assignee-elsewhere", to.unitCode(),
					file.gridCode()));
		}
		Assignee current = file.assignee();
		if (action == CaseAction.REASSIGN && to.equals(current)) {
			problems.add(FieldProblem.of("assignee", "casework.input.assignee-unchanged"));
		}
		if (action == CaseAction.ESCALATE && current != null && !to.level().isAbove(current.level())) {
			problems.add(FieldProblem.of("assignee.level", "casework.input.escalate-upward", current.level()));
		}
	}

	/** A grid, community, street or district assignee must be the one the case's grid lies in. */
	private static final class RegionUnit {

		static boolean holds(Assignee to, String gridCode) {
			return to.level().regionLevel()
				.map(level -> RegionCode.isOf(to.unitCode(), level)
						&& RegionCode.of(gridCode).isWithin(RegionCode.of(to.unitCode())))
				.orElse(true);
		}
	}
}

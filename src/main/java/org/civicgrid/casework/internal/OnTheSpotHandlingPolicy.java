package org.civicgrid.casework.internal;

import java.util.ArrayList;
import java.util.List;

import org.civicgrid.casework.CaseAction;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.Role;

/**
 * 小事不出网格: a grid worker or grid leader may fix a small matter in their own grid at once and close it in the
 * same step (自处置), provided photos before and after show it, so a supervisor can still check it.
 */
final class OnTheSpotHandlingPolicy {

	/** Throws unless {@code by} may handle this report on the spot with these photos. */
	void check(ReportCase report, Actor by, String feedback, List<String> photosAfter) {
		if (!by.hasRole(Role.GRID_WORKER, Role.GRID_LEADER)) {
			throw new CaseActionRefusedException("ON_THE_SPOT", "casework.rule.on-the-spot", CaseAction.CLOSE);
		}
		by.scope().require(report.gridCode());
		List<FieldProblem> problems = new ArrayList<>();
		if (report.photos().isEmpty()) {
			problems.add(FieldProblem.of("photos", "casework.input.photos-before-required"));
		}
		if (photosAfter == null || photosAfter.isEmpty()) {
			problems.add(FieldProblem.of("photosAfter", "casework.input.photos-after-required"));
		}
		if (feedback == null || feedback.isBlank()) {
			problems.add(FieldProblem.of("handlingNote", "casework.input.note-required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}
}

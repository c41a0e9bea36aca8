package org.civicgrid.casework;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.springframework.http.HttpStatus;

/** A wire name that is no {@link CaseAction}: 400, listing the names that exist. */
public class UnknownCaseActionException extends InvalidInputException {

	public UnknownCaseActionException(String text) {
		super(HttpStatus.BAD_REQUEST, List.of(FieldProblem.of("action", "casework.action.unknown", text,
				Arrays.stream(CaseAction.values()).map(CaseAction::wire).collect(Collectors.joining(", ")))));
	}
}

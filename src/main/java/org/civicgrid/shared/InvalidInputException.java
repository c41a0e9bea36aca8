package org.civicgrid.shared;

import java.util.List;

import org.springframework.http.HttpStatus;

/** Input that cannot be accepted as it is (422 when the JSON was well-formed, 400 for a bad parameter). */
public class InvalidInputException extends ProblemException {

	public InvalidInputException(HttpStatus status, List<FieldProblem> errors) {
		super(status, "problem.validation.detail", new Object[] { errors.size() }, errors);
	}

	public InvalidInputException(List<FieldProblem> errors) {
		this(HttpStatus.UNPROCESSABLE_CONTENT, errors);
	}

	public static InvalidInputException of(String field, String messageKey, Object... args) {
		return new InvalidInputException(HttpStatus.BAD_REQUEST, List.of(FieldProblem.of(field, messageKey, args)));
	}

	@Override
	public String type() {
		return "validation";
	}
}

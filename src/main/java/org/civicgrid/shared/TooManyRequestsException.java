package org.civicgrid.shared;

import java.util.List;

import org.springframework.http.HttpStatus;

/** Too much from one caller in too short a time (a flood of posts): 429, naming the field that carries it. */
public class TooManyRequestsException extends ProblemException {

	public TooManyRequestsException(String field, String messageKey, Object... args) {
		super(HttpStatus.TOO_MANY_REQUESTS, messageKey, args, List.of(FieldProblem.of(field, messageKey, args)));
	}

	@Override
	public String type() {
		return "too-many-requests";
	}
}

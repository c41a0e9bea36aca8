package org.civicgrid.shared;

import java.util.List;

import org.springframework.http.HttpStatus;

/** The request clashes with the current state (a duplicate name, an illegal transition). */
public class ConflictException extends ProblemException {

	public ConflictException(String messageKey, Object... args) {
		super(HttpStatus.CONFLICT, messageKey, args, List.of());
	}

	private ConflictException(String field, String messageKey, Object[] args) {
		super(HttpStatus.CONFLICT, messageKey, args, List.of(FieldProblem.of(field, messageKey, args)));
	}

	/** A clash caused by one field's value (a name already taken): the problem names it, so a form marks it. */
	public static ConflictException on(String field, String messageKey, Object... args) {
		return new ConflictException(field, messageKey, args);
	}

	@Override
	public String type() {
		return "conflict";
	}
}

package org.civicgrid.shared;

import java.util.List;

import org.springframework.http.HttpStatus;

/** The request clashes with the current state (a duplicate name, an illegal transition). */
public class ConflictException extends ProblemException {

	public ConflictException(String messageKey, Object... args) {
		super(HttpStatus.CONFLICT, messageKey, args, List.of());
	}

	@Override
	public String type() {
		return "conflict";
	}
}

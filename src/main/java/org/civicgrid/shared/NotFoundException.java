package org.civicgrid.shared;

import java.util.List;

import org.springframework.http.HttpStatus;

/** The thing asked for does not exist. */
public class NotFoundException extends ProblemException {

	public NotFoundException(String messageKey, Object... args) {
		super(HttpStatus.NOT_FOUND, messageKey, args, List.of());
	}

	@Override
	public String type() {
		return "not-found";
	}
}

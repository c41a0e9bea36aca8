package org.civicgrid.shared;

import java.util.List;

import org.springframework.http.HttpStatus;

/** The caller's role does not allow this action. */
public class NotPermittedException extends ProblemException {

	public NotPermittedException() {
		super(HttpStatus.FORBIDDEN, "problem.forbidden.detail", new Object[0], List.of());
	}

	@Override
	public String type() {
		return "forbidden";
	}
}

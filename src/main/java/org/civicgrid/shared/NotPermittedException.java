package org.civicgrid.shared;

import java.util.List;

import org.springframework.http.HttpStatus;

/** The caller's role does not allow this action. */
public class NotPermittedException extends ProblemException {

	public NotPermittedException() {
		super(HttpStatus.FORBIDDEN, "problem.forbidden.detail", new Object[0], List.of());
	}

	/** Refused for a reason of its own, said in words (not a member of the channel). */
	public NotPermittedException(String messageKey, Object... args) {
		super(HttpStatus.FORBIDDEN, messageKey, args, List.of());
	}

	@Override
	public String type() {
		return "forbidden";
	}
}

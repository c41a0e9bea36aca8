package org.civicgrid.shared;

import java.util.List;

import org.springframework.http.HttpStatus;

/** The region asked for lies outside the caller's region scope. */
public class OutOfScopeException extends ProblemException {

	public OutOfScopeException(String code) {
		super(HttpStatus.FORBIDDEN, "problem.out-of-scope.detail", new Object[] { code }, List.of());
	}

	@Override
	public String type() {
		return "out-of-scope";
	}
}

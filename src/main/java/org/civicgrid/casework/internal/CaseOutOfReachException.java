package org.civicgrid.casework.internal;

import java.util.List;

import org.civicgrid.shared.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * The caller may not see this case (403 {@code out-of-scope}): its grid lies outside their scope, it is not a
 * resident's own report, or it is not assigned to a department handler's unit. Names the case, not its grid.
 */
class CaseOutOfReachException extends ProblemException {

	CaseOutOfReachException(long id) {
		super(HttpStatus.FORBIDDEN, "casework.out-of-reach", new Object[] { String.valueOf(id) }, List.of());
	}

	@Override
	public String type() {
		return "out-of-scope";
	}
}

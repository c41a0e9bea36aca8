package org.civicgrid.services.internal;

import java.util.List;

import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.ProblemException;
import org.springframework.http.HttpStatus;

/** A new item's code names an item the catalog holds already: 409, with the field named. */
class CodeTakenException extends ProblemException {

	CodeTakenException(String code) {
		super(HttpStatus.CONFLICT, "services.item.code-taken", new Object[] { code },
				List.of(FieldProblem.of("code", "services.item.code-taken", code)));
	}

	@Override
	public String type() {
		return "conflict";
	}
}

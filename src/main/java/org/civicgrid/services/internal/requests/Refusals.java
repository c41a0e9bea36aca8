package org.civicgrid.services.internal.requests;

import java.util.List;

import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;

/** A body field refused on its own (422), the way a validation constraint would name it. */
final class Refusals {

	private Refusals() {
	}

	static InvalidInputException invalid(String field, String messageKey, Object... args) {
		return new InvalidInputException(List.of(FieldProblem.of(field, messageKey, args)));
	}
}

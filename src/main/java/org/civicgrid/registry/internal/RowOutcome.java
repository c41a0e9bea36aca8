package org.civicgrid.registry.internal;

import java.util.List;

import org.civicgrid.shared.FieldProblem;

/** What an upsert did with one row; {@code problems} only for REJECTED. */
record RowOutcome(Kind kind, List<FieldProblem> problems) {

	enum Kind {
		CREATED, UPDATED, UNCHANGED, REJECTED
	}

	static final RowOutcome CREATED = new RowOutcome(Kind.CREATED, List.of());
	static final RowOutcome UPDATED = new RowOutcome(Kind.UPDATED, List.of());
	static final RowOutcome UNCHANGED = new RowOutcome(Kind.UNCHANGED, List.of());

	static RowOutcome rejected(FieldProblem... problems) {
		return new RowOutcome(Kind.REJECTED, List.of(problems));
	}
}

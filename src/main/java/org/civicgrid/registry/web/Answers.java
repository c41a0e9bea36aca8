package org.civicgrid.registry.web;

import org.civicgrid.registry.UpsertOutcome;
import org.civicgrid.registry.Upserted;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** An upsert answers 201 when it created the record, 200 when it updated it or left it unchanged. */
final class Answers {

	private Answers() {
	}

	static <T> ResponseEntity<Upserted<T>> upserted(Upserted<T> result) {
		return ResponseEntity.status(result.outcome() == UpsertOutcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK)
			.body(result);
	}
}

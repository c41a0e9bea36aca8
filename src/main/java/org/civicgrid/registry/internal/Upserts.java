package org.civicgrid.registry.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.civicgrid.registry.ChangeSource;
import org.civicgrid.registry.UpsertOutcome;
import org.civicgrid.registry.Upserted;
import org.civicgrid.shared.Caller;
import org.springframework.stereotype.Component;

/**
 * Writes one record by its key and keeps its history, the same way for every kind ({@link Upsert}): the same
 * fields are UNCHANGED and write nothing; otherwise the record is inserted (CREATED) or updated (UPDATED) and one
 * history row says who changed what, when and from which source. The facades check and find; this decides and
 * writes. (An import runs its rows through the facades with {@link RecordUpserts}.)
 */
@Component
class Upserts {

	private final RecordHistory history;
	private final Clock clock;

	Upserts(RecordHistory history, Clock clock) {
		this.history = history;
		this.clock = clock;
	}

	/** Upserts {@code next} over the record its key found ({@code current}, empty for none). */
	<S, D, V> Upserted<V> upsert(Upsert<S, D, V> kind, Optional<S> current, D next, Caller caller,
			ChangeSource source) {
		Map<String, Object> changes = kind.changes().between(current.map(kind.dataOf()).orElse(null), next);
		if (current.isPresent() && changes.isEmpty()) {
			return new Upserted<>(kind.view().apply(current.get()), UpsertOutcome.UNCHANGED);
		}
		Instant now = clock.instant();
		long id;
		if (current.isPresent()) {
			id = kind.idOf().applyAsLong(current.get());
			kind.update().update(id, next, now);
		}
		else {
			id = kind.insert().insert(next, now);
		}
		history.add(kind.kind(), id, now, caller.username(), source, changes);
		return new Upserted<>(kind.view().apply(kind.reload().apply(id)),
				current.isPresent() ? UpsertOutcome.UPDATED : UpsertOutcome.CREATED);
	}
}

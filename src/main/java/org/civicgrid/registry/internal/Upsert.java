package org.civicgrid.registry.internal;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * How one kind of record is upserted by its key with history, for {@link Upserts}: which history it keeps, its
 * stored record's id and data, which fields tell a change, how it is inserted, updated and read back, and what the
 * facade answers. Each service declares its kind once; the deciding (unchanged, created, updated) and the history
 * row are written in one place.
 *
 * @param <S> the record as stored and found by its key
 * @param <D> its checked data, as compared and written
 * @param <V> what the facade answers with
 */
record Upsert<S, D, V>(RecordKind kind, ToLongFunction<S> idOf, Function<S, D> dataOf, Changes<D> changes,
		Insert<D> insert, Update<D> update, LongFunction<S> reload, Function<S, V> view) {

	/** The history entry's field changes from {@code before} (null for a new record) to {@code after}. */
	@FunctionalInterface
	interface Changes<D> {
		Map<String, Object> between(D before, D after);
	}

	/** Writes a new record and answers its id. */
	@FunctionalInterface
	interface Insert<D> {
		long insert(D data, Instant now);
	}

	@FunctionalInterface
	interface Update<D> {
		void update(long id, D data, Instant now);
	}

	/** The changes of the data's field maps ({@link FieldChanges}), as most kinds tell them. */
	static <D> Changes<D> byFields(Function<D, Map<String, Object>> fields) {
		return (before, after) -> FieldChanges.between(before == null ? null : fields.apply(before),
				fields.apply(after));
	}
}

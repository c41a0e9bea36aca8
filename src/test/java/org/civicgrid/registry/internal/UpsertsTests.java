package org.civicgrid.registry.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civicgrid.registry.ChangeSource;
import org.civicgrid.registry.UpsertOutcome;
import org.civicgrid.registry.Upserted;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one upsert every registry record goes through, on a kind kept in memory: the same fields write nothing, a
 * new key inserts with every field in its history entry, a changed field updates with only that field in it.
 */
class UpsertsTests {

	static final Instant NOW = Instant.parse("2025-03-03T02:00:00Z");
	static final Caller WORKER = new Caller(7, "gridworker1", "网格员", Role.GRID_WORKER, "410105560001001");

	/** A stored sign board: its id and its data. */
	record Board(long id, Data data) {
	}

	record Data(String code, String owner, Integer size) {

		Map<String, Object> fields() {
			Map<String, Object> f = new LinkedHashMap<>();
			f.put("code", code);
			f.put("owner", owner);
			f.put("size", size);
			return f;
		}
	}

	record Written(RecordKind kind, long id, Instant at, String actor, ChangeSource source,
			Map<String, Object> changes) {
	}

	final Map<Long, Board> boards = new HashMap<>();
	final List<String> writes = new ArrayList<>();
	final List<Written> history = new ArrayList<>();

	final Upsert<Board, Data, String> kind = new Upsert<>(RecordKind.PART, Board::id, Board::data,
			Upsert.byFields(Data::fields), (data, now) -> {
				long id = boards.size() + 1;
				boards.put(id, new Board(id, data));
				writes.add("insert " + id + " at " + now);
				return id;
			}, (id, data, now) -> {
				boards.put(id, new Board(id, data));
				writes.add("update " + id + " at " + now);
			}, boards::get, b -> b.data().code() + "/" + b.data().owner());

	final Upserts upserts = new Upserts(new RecordHistory(null, null) {
		@Override
		void add(RecordKind kind, long recordId, Instant at, String actor, ChangeSource source,
				Map<String, Object> changes) {
			history.add(new Written(kind, recordId, at, actor, source, changes));
		}
	}, Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));

	@Test
	void aNewKeyIsInsertedWithEveryGivenFieldInItsHistory() {
		Upserted<String> done = upserts.upsert(kind, Optional.empty(), new Data("A-1", "物业", null), WORKER,
				ChangeSource.HOME_VISIT);

		assertThat(done.outcome()).isEqualTo(UpsertOutcome.CREATED);
		assertThat(done.item()).isEqualTo("A-1/物业");
		assertThat(writes).containsExactly("insert 1 at " + NOW);
		assertThat(history).containsExactly(new Written(RecordKind.PART, 1, NOW, "gridworker1",
				ChangeSource.HOME_VISIT, Map.of("code", change(null, "A-1"), "owner", change(null, "物业"))));
	}

	@Test
	void theSameFieldsAreUnchangedAndWriteNothing() {
		Board stored = new Board(1, new Data("A-1", "物业", 2));
		boards.put(1L, stored);

		Upserted<String> done = upserts.upsert(kind, Optional.of(stored), new Data("A-1", "物业", 2), WORKER,
				ChangeSource.IMPORT);

		assertThat(done.outcome()).isEqualTo(UpsertOutcome.UNCHANGED);
		assertThat(done.item()).isEqualTo("A-1/物业");
		assertThat(writes).isEmpty();
		assertThat(history).isEmpty();
	}

	@Test
	void aChangedFieldUpdatesTheRecordAndItsHistoryNamesOnlyThatField() {
		Board stored = new Board(1, new Data("A-1", "物业", 2));
		boards.put(1L, stored);

		Upserted<String> done = upserts.upsert(kind, Optional.of(stored), new Data("A-1", "社区", 2), WORKER,
				ChangeSource.IMPORT);

		assertThat(done.outcome()).isEqualTo(UpsertOutcome.UPDATED);
		assertThat(done.item()).as("read back after the write").isEqualTo("A-1/社区");
		assertThat(writes).containsExactly("update 1 at " + NOW);
		assertThat(history).containsExactly(new Written(RecordKind.PART, 1, NOW, "gridworker1", ChangeSource.IMPORT,
				Map.of("owner", change("物业", "社区"))));
	}

	private static Map<String, Object> change(Object from, Object to) {
		Map<String, Object> c = new LinkedHashMap<>();
		c.put("from", from);
		c.put("to", to);
		return c;
	}
}

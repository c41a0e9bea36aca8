package org.civicgrid.registry.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.civicgrid.registry.ChangeSource;
import org.civicgrid.registry.HistoryEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The history tables of people, houses, households, building records, organisations and parts: one row per change. */
@Repository
class RecordHistory {

	private final JdbcClient jdbc;
	private final JsonMapper json;

	RecordHistory(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void add(RecordKind kind, long recordId, Instant at, String actor, ChangeSource source,
			Map<String, Object> changes) {
		jdbc.sql("insert into " + kind.historyTable() + " (" + kind.recordColumn() + ", at, actor, source, changes)"
				+ " values (:record, :at, :actor, :source, cast(:changes as jsonb))")
			.param("record", recordId).param("at", Timestamp.from(at)).param("actor", actor)
			.param("source", source.name()).param("changes", json.writeValueAsString(changes))
			.update();
	}

	@SuppressWarnings("unchecked")
	List<HistoryEntry> of(RecordKind kind, long recordId) {
		return jdbc.sql("select at, actor, source, changes::text from " + kind.historyTable()
				+ " where " + kind.recordColumn() + " = :record order by at desc, id desc")
			.param("record", recordId)
			.query((rs, i) -> new HistoryEntry(rs.getTimestamp(1).toInstant(), rs.getString(2),
					ChangeSource.valueOf(rs.getString(3)), json.readValue(rs.getString(4), Map.class)))
			.list();
	}
}

package org.civicgrid.registry.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.civicgrid.registry.ChangeSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The person_history table: one row per change, its field changes as JSON (identifiers masked). */
@Repository
class StoredHistory {

	/** A history row with its changes still as JSON text. */
	record Row(Instant at, String actor, ChangeSource source, String changes) {
	}

	private final JdbcClient jdbc;

	StoredHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(long personId, Instant at, String actor, ChangeSource source, String changesJson) {
		jdbc.sql("""
				insert into person_history (person_id, at, actor, source, changes)
				values (:person, :at, :actor, :source, cast(:changes as jsonb))""")
			.param("person", personId).param("at", Timestamp.from(at)).param("actor", actor)
			.param("source", source.name()).param("changes", changesJson)
			.update();
	}

	List<Row> of(long personId) {
		return jdbc.sql("""
				select at, actor, source, changes::text from person_history where person_id = :person
				order by at desc, id desc""")
			.param("person", personId)
			.query((rs, i) -> new Row(rs.getTimestamp(1).toInstant(), rs.getString(2),
					ChangeSource.valueOf(rs.getString(3)), rs.getString(4)))
			.list();
	}
}

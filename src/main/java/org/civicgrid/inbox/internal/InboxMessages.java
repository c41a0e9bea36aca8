package org.civicgrid.inbox.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.civicgrid.inbox.InboxMessage;
import org.civicgrid.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The inbox_message table; every read and write is bounded by the owner's account id. */
@Repository
class InboxMessages {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	InboxMessages(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Stores the message, dated at its step, unless this person already has one with the same dedupe key; answers the new id. */
	Optional<Long> add(long accountId, Notice notice) {
		return jdbc.sql("""
				insert into inbox_message (account_id, case_id, case_number, region_code, message_key, args, dedupe_key,
				    created_at)
				values (:account, :caseId, :number, :region, :key, cast(:args as jsonb), :dedupe, :at)
				on conflict (account_id, dedupe_key) do nothing
				returning id""")
			.param("account", accountId)
			.param("caseId", notice.caseId())
			.param("number", notice.caseNumber())
			.param("region", notice.regionCode())
			.param("key", notice.key())
			.param("args", json.writeValueAsString(notice.args()))
			.param("dedupe", notice.dedupeKey())
			.param("at", Timestamp.from(notice.at()))
			.query(Long.class)
			.optional();
	}

	List<InboxMessage> page(long accountId, boolean unreadOnly, PageRequest page) {
		return jdbc.sql("select * from inbox_message where account_id = :account"
				+ (unreadOnly ? " and read_at is null" : "") + InboxSorts.MESSAGES.orderBy(page.sort())
				+ " limit :limit offset :offset")
			.param("account", accountId)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(this::map)
			.list();
	}

	long count(long accountId, boolean unreadOnly) {
		return jdbc.sql("select count(*) from inbox_message where account_id = :account"
				+ (unreadOnly ? " and read_at is null" : ""))
			.param("account", accountId)
			.query(Long.class)
			.single();
	}

	Optional<InboxMessage> find(long accountId, long id) {
		return jdbc.sql("select * from inbox_message where id = :id and account_id = :account")
			.param("id", id)
			.param("account", accountId)
			.query(this::map)
			.optional();
	}

	/** Marks the message read unless it already is; the first reading time stays. */
	void markRead(long accountId, long id, Instant at) {
		jdbc.sql("update inbox_message set read_at = :at where id = :id and account_id = :account and read_at is null")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.param("account", accountId)
			.update();
	}

	int markAllRead(long accountId, Instant at) {
		return jdbc.sql("update inbox_message set read_at = :at where account_id = :account and read_at is null")
			.param("at", Timestamp.from(at))
			.param("account", accountId)
			.update();
	}

	private InboxMessage map(ResultSet rs, int row) throws SQLException {
		long caseId = rs.getLong("case_id");
		Long kase = rs.wasNull() ? null : caseId;
		Timestamp read = rs.getTimestamp("read_at");
		return new InboxMessage(rs.getLong("id"), kase, rs.getString("case_number"), rs.getString("message_key"),
				json.readValue(rs.getString("args"), STRINGS), rs.getTimestamp("created_at").toInstant(),
				read == null ? null : read.toInstant());
	}
}

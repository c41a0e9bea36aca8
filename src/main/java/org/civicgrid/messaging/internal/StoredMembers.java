package org.civicgrid.messaging.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The joined members of channels ({@code msg_member}) and the moderation log ({@code msg_moderation}). */
@Repository
class StoredMembers {

	private final JdbcClient jdbc;

	StoredMembers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Asks to join: a new request, or again after leaving or being refused. Answers false when the account is
	 * pending, active or removed there already (a replayed join changes nothing).
	 */
	boolean ask(long channel, long account, String username, String name, String kind, Long person, Long organisation,
			String note, Instant at) {
		return jdbc.sql("""
				insert into msg_member (channel_id, account_id, username, display_name, kind, state, person_id,
				    organisation_id, note, asked_at)
				values (:c, :a, :u, :name, :kind, 'PENDING', :person, :org, :note, :at)
				on conflict (channel_id, account_id) do update set state = 'PENDING', kind = excluded.kind,
				    person_id = excluded.person_id, organisation_id = excluded.organisation_id, note = excluded.note,
				    asked_at = excluded.asked_at, decided_at = null, decided_by = null
				where msg_member.state in ('LEFT', 'REFUSED')""")
			.param("c", channel).param("a", account).param("u", username).param("name", name).param("kind", kind)
			.param("person", person).param("org", organisation).param("note", note).param("at", Timestamp.from(at))
			.update() == 1;
	}

	/** Adds someone as an active member at once (the demo, a building leader made so); nothing if they are in. */
	void addActive(long channel, long account, String username, String name, String role, String kind, Long person,
			Instant at, String by) {
		jdbc.sql("""
				insert into msg_member (channel_id, account_id, username, display_name, role, kind, state, person_id,
				    asked_at, decided_at, decided_by)
				values (:c, :a, :u, :name, :role, :kind, 'ACTIVE', :person, :at, :at, :by) on conflict do nothing""")
			.param("c", channel).param("a", account).param("u", username).param("name", name).param("role", role)
			.param("kind", kind).param("person", person).param("at", Timestamp.from(at)).param("by", by).update();
	}

	Optional<Member> find(long channel, long account) {
		return jdbc.sql("select * from msg_member where channel_id = :c and account_id = :a").param("c", channel)
			.param("a", account).query(StoredMembers::member).optional();
	}

	/** Moves a member from one state to another; false when they were not in {@code from} (decided meanwhile). */
	boolean move(long channel, long account, String from, String to, String by, Instant at) {
		return jdbc.sql("""
				update msg_member set state = :to, decided_at = :at, decided_by = :by
				where channel_id = :c and account_id = :a and state = :from""")
			.param("c", channel).param("a", account).param("from", from).param("to", to).param("by", by)
			.param("at", Timestamp.from(at)).update() == 1;
	}

	/** The registry person a confirmed member is. */
	void link(long channel, long account, long person) {
		jdbc.sql("update msg_member set person_id = :p where channel_id = :c and account_id = :a")
			.param("c", channel).param("a", account).param("p", person).update();
	}

	void mute(long channel, long account, Instant until) {
		jdbc.sql("update msg_member set muted_until = :until where channel_id = :c and account_id = :a")
			.param("c", channel).param("a", account).param("until", until == null ? null : Timestamp.from(until))
			.update();
	}

	List<Member> of(long channel, String state) {
		return jdbc.sql("""
				select * from msg_member where channel_id = :c and state = :state order by asked_at, account_id""")
			.param("c", channel).param("state", state).query(StoredMembers::member).list();
	}

	int countActive(long channel) {
		return jdbc.sql("select count(*) from msg_member where channel_id = :c and state = 'ACTIVE'")
			.param("c", channel).query(Integer.class).single();
	}

	void moderation(long channel, String action, String target, String reason, String actor, Instant at) {
		jdbc.sql("""
				insert into msg_moderation (channel_id, action, target, reason, actor, at)
				values (:c, :action, :target, :reason, :actor, :at)""")
			.param("c", channel).param("action", action).param("target", target).param("reason", reason)
			.param("actor", actor).param("at", Timestamp.from(at)).update();
	}

	private static Member member(ResultSet rs, int n) throws SQLException {
		long person = rs.getLong("person_id");
		Long personId = rs.wasNull() ? null : person;
		long org = rs.getLong("organisation_id");
		Long orgId = rs.wasNull() ? null : org;
		return new Member(rs.getLong("channel_id"), rs.getLong("account_id"), rs.getString("username"),
				rs.getString("display_name"), rs.getString("role"), rs.getString("kind"), rs.getString("state"),
				personId, orgId, rs.getString("note"), rs.getTimestamp("asked_at").toInstant(),
				instant(rs, "decided_at"), rs.getString("decided_by"), instant(rs, "muted_until"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}

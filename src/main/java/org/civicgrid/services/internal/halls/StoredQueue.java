package org.civicgrid.services.internal.halls;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queue tickets. A number is the day's next, written by one insert that the unique index on (hall, day,
 * number) guards; calling the next takes the lowest waiting ticket a counter serves with {@code skip locked}, so two
 * counters never call one ticket.
 */
@Repository
class StoredQueue {

	private static final String SELECT = """
			select t.*, (select count(*) from service_queue_ticket w where w.hall_code = t.hall_code and w.day = t.day
			    and w.state = 'WAITING' and w.number < t.number and w.item_code = t.item_code) as ahead
			from service_queue_ticket t""";

	private final JdbcClient jdbc;

	StoredQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next number of the hall's day, or empty when another taker got it first (try again). */
	Optional<Long> take(String hall, LocalDate day, String item, Long accountId, String username, Instant at) {
		return jdbc.sql("""
				insert into service_queue_ticket (hall_code, day, number, item_code, account_id, username, taken_at)
				select :hall, :day, coalesce(max(number), 0) + 1, :item, :account, :username, :at
				from service_queue_ticket where hall_code = :hall and day = :day
				on conflict do nothing returning id""")
			.param("hall", hall).param("day", Date.valueOf(day)).param("item", item).param("account", accountId)
			.param("username", username).param("at", Timestamp.from(at)).query(Long.class).optional();
	}

	/** Calls the lowest waiting ticket of the day for an item the counter serves. */
	Optional<Long> callNext(String hall, LocalDate day, int counter, String by, Instant at) {
		return jdbc.sql("""
				update service_queue_ticket set state = 'CALLED', counter_no = :counter, called_at = :at, called_by = :by
				where id = (select t.id from service_queue_ticket t join service_counter c
				    on c.hall_code = t.hall_code and c.number = :counter
				  where t.hall_code = :hall and t.day = :day and t.state = 'WAITING' and c.items @> array[t.item_code]
				  order by t.number limit 1 for update of t skip locked)
				returning id""")
			.param("hall", hall).param("day", Date.valueOf(day)).param("counter", counter).param("by", by)
			.param("at", Timestamp.from(at)).query(Long.class).optional();
	}

	Optional<QueueTicket> find(long id, int minutesEach) {
		return jdbc.sql(SELECT + " where t.id = :id").param("id", id).query((rs, n) -> ticket(rs, minutesEach))
			.optional();
	}

	List<QueueTicket> ofAccount(long accountId, LocalDate day, int minutesEach) {
		return jdbc.sql(SELECT + " where t.account_id = :a and t.day = :day order by t.number")
			.param("a", accountId).param("day", Date.valueOf(day)).query((rs, n) -> ticket(rs, minutesEach)).list();
	}

	/** The hall's called tickets of the day, the latest first (the hall's screen). */
	List<QueueTicket> called(String hall, LocalDate day, int limit) {
		return jdbc.sql(SELECT + """
				 where t.hall_code = :hall and t.day = :day and t.state = 'CALLED' order by t.called_at desc, t.id desc
				limit :limit""")
			.param("hall", hall).param("day", Date.valueOf(day)).param("limit", limit)
			.query((rs, n) -> ticket(rs, 0)).list();
	}

	private static QueueTicket ticket(ResultSet rs, int minutesEach) throws SQLException {
		Timestamp called = rs.getTimestamp("called_at");
		int ahead = "WAITING".equals(rs.getString("state")) ? rs.getInt("ahead") : 0;
		return new QueueTicket(rs.getLong("id"), rs.getString("hall_code"), rs.getDate("day").toLocalDate(),
				rs.getInt("number"), rs.getString("item_code"), (Long) rs.getObject("account_id"), rs.getString("state"),
				(Integer) rs.getObject("counter_no"), rs.getTimestamp("taken_at").toInstant(),
				called == null ? null : called.toInstant(), ahead, ahead * minutesEach);
	}
}

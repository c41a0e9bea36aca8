package org.civicgrid.services.internal.halls;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queue tickets. A number is the day's next, written by one insert that the unique index on (hall, day,
 * number) guards; calling the next takes the lowest waiting ticket a counter serves with {@code skip locked}, so two
 * counters never call one ticket; every later step is one update guarded by the state it leaves.
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

	/**
	 * Moves a called ticket on (recalled, served, skipped) when it is still in the step's state; false when another
	 * click or another counter moved it first.
	 */
	boolean move(long id, QueueStep step, String by, Instant at) {
		String set = step == QueueStep.RECALL
				? "recalled_at = :at, recalls = recalls + 1"
				: "state = :to, finished_at = :at, finished_by = :by";
		return jdbc.sql("update service_queue_ticket set " + set + " where id = :id and state = :from")
			.param("id", id).param("from", step.from().name()).param("to", step.to().name()).param("by", by)
			.param("at", Timestamp.from(at)).update() == 1;
	}

	Optional<QueueTicket> find(long id) {
		return jdbc.sql(SELECT + " where t.id = :id").param("id", id).query((rs, n) -> ticket(rs)).optional();
	}

	/** The ticket of a hall's day with that number. */
	Optional<QueueTicket> find(String hall, LocalDate day, int number) {
		return jdbc.sql(SELECT + " where t.hall_code = :hall and t.day = :day and t.number = :number")
			.param("hall", hall).param("day", Date.valueOf(day)).param("number", number)
			.query((rs, n) -> ticket(rs)).optional();
	}

	List<QueueTicket> ofAccount(long accountId, LocalDate day) {
		return jdbc.sql(SELECT + " where t.account_id = :a and t.day = :day order by t.number")
			.param("a", accountId).param("day", Date.valueOf(day)).query((rs, n) -> ticket(rs)).list();
	}

	/** Every ticket of a hall's day in number order. */
	List<QueueTicket> ofHallDay(String hall, LocalDate day) {
		return jdbc.sql(SELECT + " where t.hall_code = :hall and t.day = :day order by t.number")
			.param("hall", hall).param("day", Date.valueOf(day)).query((rs, n) -> ticket(rs)).list();
	}

	/** The hall's called tickets of the day, the latest called or recalled first (the hall's screen). */
	List<CalledNumber> called(String hall, LocalDate day, int limit) {
		return jdbc.sql("""
				select number, item_code, counter_no, coalesce(recalled_at, called_at) as at, recalls
				from service_queue_ticket where hall_code = :hall and day = :day and state = 'CALLED'
				order by coalesce(recalled_at, called_at) desc, id desc limit :limit""")
			.param("hall", hall).param("day", Date.valueOf(day)).param("limit", limit)
			.query((rs, n) -> new CalledNumber(rs.getInt("number"), rs.getString("item_code"), rs.getInt("counter_no"),
					rs.getTimestamp("at").toInstant(), rs.getInt("recalls")))
			.list();
	}

	/** How many tickets of each item wait in the hall's day, by item code. */
	Map<String, Integer> waiting(String hall, LocalDate day) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		jdbc.sql("""
				select item_code, count(*) from service_queue_ticket
				where hall_code = :hall and day = :day and state = 'WAITING' group by item_code order by item_code""")
			.param("hall", hall).param("day", Date.valueOf(day))
			.query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
		return counts;
	}

	/** The median time from call to served of the day's served tickets of each item at the hall. */
	Map<String, Duration> medianServiceTimes(String hall, LocalDate day) {
		Map<String, Duration> medians = new LinkedHashMap<>();
		jdbc.sql("""
				select item_code,
				    percentile_cont(0.5) within group (order by extract(epoch from finished_at - called_at)) as seconds
				from service_queue_ticket
				where hall_code = :hall and day = :day and state = 'SERVED' and called_at is not null
				group by item_code""")
			.param("hall", hall).param("day", Date.valueOf(day))
			.query((rs, n) -> medians.put(rs.getString(1), Duration.ofMillis(Math.round(rs.getDouble(2) * 1000))))
			.list();
		return medians;
	}

	/** Whether the hall has any ticket of the day. */
	boolean anyOn(String hall, LocalDate day) {
		return jdbc.sql("select exists(select 1 from service_queue_ticket where hall_code = :hall and day = :day)")
			.param("hall", hall).param("day", Date.valueOf(day)).query(Boolean.class).single();
	}

	/** A ticket as it stands at a moment of the day (the demo's morning): its number given, nothing guessed. */
	record Written(int number, String item, QueueState state, Integer counter, Instant takenAt, Instant calledAt,
			Instant finishedAt) {
	}

	/** Writes tickets with their numbers; one whose number is there already is left as it is. */
	int write(String hall, LocalDate day, List<Written> tickets, String by) {
		int added = 0;
		for (Written t : tickets) {
			added += jdbc.sql("""
					insert into service_queue_ticket (hall_code, day, number, item_code, state, counter_no, taken_at,
					    called_at, called_by, finished_at, finished_by)
					values (:hall, :day, :number, :item, :state, :counter, :taken, :called, :calledBy, :finished,
					    :finishedBy)
					on conflict do nothing""")
				.param("hall", hall).param("day", Date.valueOf(day)).param("number", t.number())
				.param("item", t.item()).param("state", t.state().name()).param("counter", t.counter())
				.param("taken", Timestamp.from(t.takenAt())).param("called", timestamp(t.calledAt()))
				.param("calledBy", t.calledAt() == null ? null : by).param("finished", timestamp(t.finishedAt()))
				.param("finishedBy", t.finishedAt() == null ? null : by).update();
		}
		return added;
	}

	private static Timestamp timestamp(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	private static QueueTicket ticket(ResultSet rs) throws SQLException {
		QueueState state = QueueState.valueOf(rs.getString("state"));
		int ahead = state == QueueState.WAITING ? rs.getInt("ahead") : 0;
		return new QueueTicket(rs.getLong("id"), rs.getString("hall_code"), rs.getDate("day").toLocalDate(),
				rs.getInt("number"), rs.getString("item_code"), (Long) rs.getObject("account_id"), state,
				(Integer) rs.getObject("counter_no"), rs.getTimestamp("taken_at").toInstant(),
				instant(rs.getTimestamp("called_at")), instant(rs.getTimestamp("finished_at")), rs.getInt("recalls"),
				ahead, 0);
	}

	private static Instant instant(Timestamp at) {
		return at == null ? null : at.toInstant();
	}
}

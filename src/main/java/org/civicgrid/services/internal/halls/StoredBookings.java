package org.civicgrid.services.internal.halls;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civicgrid.shared.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The bookings ({@code service_booking}). A place is taken by one insert that picks the first free place of the
 * counters serving the item; the unique indexes decide between two bookers of the same place (the loser's insert
 * does nothing and the caller tries again), so no Java lock and no second node can give a place twice.
 */
@Repository
class StoredBookings {

	private static final String SELECT = """
			select b.*, h.name as hall_name, c.name as counter_name from service_booking b
			join service_hall h on h.code = b.hall_code
			join service_counter c on c.hall_code = b.hall_code and c.number = b.counter_no""";

	private final JdbcClient jdbc;

	StoredBookings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What happened to one attempt at a place. */
	sealed interface Attempt {
	}

	/** The place is the resident's: the booking as written, with its hall's and counter's names. */
	record Taken(Booking booking) implements Attempt {
	}

	/** Every place of the slot is held. */
	record Full() implements Attempt {
	}

	/** Another booker's insert won the place meanwhile: try again. */
	record Lost() implements Attempt {
	}

	/** The resident holds the item that day in another live booking. */
	record Held() implements Attempt {
	}

	/** The resident has too many recent no-shows; {@code latest} is the day of the last. */
	record Blocked(LocalDate latest) implements Attempt {
	}

	/**
	 * Who may not book for no-shows: an account with {@code limit} or more on days from {@code window} on; the
	 * latest one from {@code since} on dates the end of the block.
	 */
	record NoShowRule(LocalDate window, LocalDate since, int limit) {

		/** No block (a move of a booking already held). */
		static NoShowRule none(LocalDate today) {
			return new NoShowRule(today, today, Integer.MAX_VALUE);
		}
	}

	/**
	 * One statement, one round trip: unless the resident is blocked by no-shows or holds the item that day in a live
	 * booking other than {@code except}, the first free place (lowest counter, lowest place number) of the counters
	 * of the hall serving the item, inserted unless a unique index says it is held meanwhile, and returned with its
	 * hall's and counter's names; when nothing was inserted, the free places of the slot tell a full slot from a
	 * lost race. Every part reads the same snapshot.
	 */
	Attempt take(String hall, String item, LocalDate date, LocalTime start, Caller resident, String regionCode,
			String address, Instant at, long except, NoShowRule noShows) {
		return jdbc.sql("""
				with shows as (
				    select count(*) filter (where day >= :window) as recent, max(day) as latest from service_booking
				    where account_id = :account and state = 'NO_SHOW' and day >= :since),
				held as (
				    select 1 from service_booking where account_id = :account and item_code = :item and day = :day
				      and state <> 'CANCELLED' and id <> :except),
				taken as (
				    insert into service_booking (hall_code, counter_no, item_code, day, start_time, place_no, account_id,
				        username, display_name, region_code, address, booked_at)
				    select c.hall_code, c.number, :item, :day, :start, p.n, :account, :username, :name, :region,
				        :address, :at
				    from service_counter c cross join lateral generate_series(1, c.capacity) as p(n)
				    where c.hall_code = :hall and c.active and c.items @> array[:item]::text[]
				      and not exists (select 1 from service_booking b where b.hall_code = c.hall_code
				          and b.counter_no = c.number and b.day = :day and b.start_time = :start and b.place_no = p.n
				          and b.state <> 'CANCELLED')
				      and not exists (select 1 from held) and (select recent from shows) < :limit
				    order by c.number, p.n limit 1
				    on conflict do nothing
				    returning *)
				select t.*, h.name as hall_name, c.name as counter_name, s.recent >= :limit as blocked,
				    s.latest, exists (select 1 from held) as held,
				    case when t.id is null then (select coalesce(sum(capacity), 0) from service_counter
				        where hall_code = :hall and active and items @> array[:item]::text[])
				      - (select count(*) from service_booking b join service_counter k
				            on k.hall_code = b.hall_code and k.number = b.counter_no
				        where b.hall_code = :hall and b.day = :day and b.start_time = :start and b.state <> 'CANCELLED'
				          and k.active and k.items @> array[:item]::text[]) end as free
				from shows s left join taken t on true
				left join service_hall h on h.code = t.hall_code
				left join service_counter c on c.hall_code = t.hall_code and c.number = t.counter_no""")
			.param("hall", hall).param("item", item).param("day", Date.valueOf(date)).param("start", Time.valueOf(start))
			.param("account", resident.accountId()).param("username", resident.username())
			.param("name", resident.displayName() == null ? resident.username() : resident.displayName())
			.param("region", regionCode).param("address", address == null ? "" : address)
			.param("at", Timestamp.from(at)).param("except", except).param("window", Date.valueOf(noShows.window()))
			.param("since", Date.valueOf(noShows.since())).param("limit", noShows.limit())
			.query(StoredBookings::attempt).single();
	}

	private static Attempt attempt(ResultSet rs, int n) throws SQLException {
		if (rs.getBoolean("blocked")) {
			return new Blocked(rs.getDate("latest").toLocalDate());
		}
		if (rs.getBoolean("held")) {
			return new Held();
		}
		if (rs.getObject("id") != null) {
			return new Taken(booking(rs, n));
		}
		return rs.getInt("free") <= 0 ? new Full() : new Lost();
	}

	/** How many people the counters of the hall serving the item take in one slot. */
	int capacity(String hall, String item) {
		return jdbc.sql("""
				select coalesce(sum(capacity), 0) from service_counter
				where hall_code = :hall and active and items @> array[:item]::text[]""")
			.param("hall", hall).param("item", item).query(Integer.class).single();
	}

	/** Free places per slot start that has any live booking at a counter serving the item (others are all free). */
	Map<LocalTime, Integer> free(String hall, String item, LocalDate date) {
		int capacity = capacity(hall, item);
		Map<LocalTime, Integer> free = new HashMap<>();
		jdbc.sql("""
				select b.start_time, count(*) from service_booking b join service_counter c
				    on c.hall_code = b.hall_code and c.number = b.counter_no
				where b.hall_code = :hall and b.day = :day and b.state <> 'CANCELLED' and c.active
				  and c.items @> array[:item]::text[]
				group by b.start_time""")
			.param("hall", hall).param("day", Date.valueOf(date)).param("item", item)
			.query((rs, n) -> free.put(rs.getTime(1).toLocalTime(), capacity - rs.getInt(2))).list();
		return free;
	}

	Optional<Booking> find(long id) {
		return jdbc.sql(SELECT + " where b.id = :id").param("id", id).query(StoredBookings::booking).optional();
	}

	/** The resident's bookings, the latest day first (at most 200). */
	List<Booking> ofAccount(long accountId) {
		return jdbc.sql(SELECT + " where b.account_id = :account order by b.day desc, b.start_time desc limit 200")
			.param("account", accountId).query(StoredBookings::booking).list();
	}

	List<Booking> ofHallDay(String hall, LocalDate date) {
		return jdbc.sql(SELECT + """
				 where b.hall_code = :hall and b.day = :day and b.state <> 'CANCELLED'
				order by b.counter_no, b.start_time, b.place_no""")
			.param("hall", hall).param("day", Date.valueOf(date)).query(StoredBookings::booking).list();
	}

	/** Moves a booking from one state to another; false when it was no longer in {@code from}. */
	boolean move(long id, BookingState from, BookingState to, String by, Instant at) {
		return jdbc.sql("""
				update service_booking set state = :to, changed_by = :by, changed_at = :at
				where id = :id and state = :from""")
			.param("id", id).param("from", from.name()).param("to", to.name()).param("by", by)
			.param("at", Timestamp.from(at)).update() == 1;
	}

	/** Marks a booking moved to another slot as replaced by the new one. */
	void replacedBy(long id, long newId) {
		jdbc.sql("update service_booking set rescheduled_to = :to where id = :id").param("id", id).param("to", newId)
			.update();
	}

	/** A slot with live bookings from now on: its day, start, how many and the highest place held. */
	record HeldSlot(LocalDate day, LocalTime start, int booked, int highestPlace) {
	}

	/**
	 * The slots of a hall (of one counter when {@code counter} is not null, of one item when {@code item} is not
	 * null) still to come with live bookings, by day and start.
	 */
	List<HeldSlot> heldFrom(String hall, Integer counter, String item, LocalDate today, LocalTime now) {
		return jdbc.sql("""
				select day, start_time, count(*), max(place_no) from service_booking
				where hall_code = :hall and state = 'BOOKED'
				  and (cast(:counter as int) is null or counter_no = :counter)
				  and (cast(:item as text) is null or item_code = :item)
				  and (day > :today or day = :today and start_time > :now)
				group by day, start_time order by day, start_time""")
			.param("hall", hall).param("counter", counter).param("item", item).param("today", Date.valueOf(today))
			.param("now", Time.valueOf(now))
			.query((rs, n) -> new HeldSlot(rs.getDate(1).toLocalDate(), rs.getTime(2).toLocalTime(), rs.getInt(3),
					rs.getInt(4)))
			.list();
	}

	private static Booking booking(ResultSet rs, int n) throws SQLException {
		Timestamp changed = rs.getTimestamp("changed_at");
		return new Booking(rs.getLong("id"), rs.getString("hall_code"), rs.getString("hall_name"),
				rs.getInt("counter_no"), rs.getString("counter_name"), rs.getString("item_code"),
				rs.getDate("day").toLocalDate(), rs.getTime("start_time").toLocalTime(), rs.getInt("place_no"),
				rs.getLong("account_id"), rs.getString("username"), rs.getString("display_name"),
				BookingState.valueOf(rs.getString("state")), rs.getTimestamp("booked_at").toInstant(),
				changed == null ? null : changed.toInstant(), rs.getString("changed_by"), rs.getString("address"),
				(Long) rs.getObject("rescheduled_to"));
	}
}

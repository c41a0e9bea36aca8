package org.civicgrid.services.internal.halls;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.civicgrid.services.HallSetup;
import org.civicgrid.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The halls, their counters with A and B staff, weekly hours, 8+4 weekdays and closures (migrations
 * {@code V1_7_10}, {@code V1_7_13}). A counter taken out of service stays as an inactive row, since its past
 * bookings point at it; every read of counters sees the active ones.
 */
@Repository
class StoredHalls {

	/** Street centres first, then by code, so a community's hall comes before its grids' door-to-door services. */
	private static final String ORDER = " order by case level when 'STREET_CENTRE' then 0 else 1 end, code";

	private final JdbcClient jdbc;

	StoredHalls(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long count() {
		return jdbc.sql("select count(*) from service_hall").query(Long.class).single();
	}

	/** Halls in scope, the street centres first, then by code. */
	List<Hall> list(RegionScope scope) {
		return jdbc.sql("select * from service_hall where region_code like :scope" + ORDER)
			.param("scope", scope.likePattern()).query((rs, n) -> hall(rs)).list();
	}

	/** Every hall (residents choose among all of them). */
	List<Hall> all() {
		return list(RegionScope.ALL);
	}

	Optional<Hall> hall(String code) {
		return jdbc.sql("select * from service_hall where code = :code").param("code", code)
			.query((rs, n) -> hall(rs)).optional();
	}

	/** The hall's active counters. */
	List<HallCounter> counters(String hallCode) {
		return setups(hallCode).stream().map(CounterSetup::counter).toList();
	}

	/** The hall's active counters with their A and B staff. */
	List<CounterSetup> setups(String hallCode) {
		return jdbc.sql("select * from service_counter where hall_code = :code and active order by number")
			.param("code", hallCode).query((rs, n) -> setup(rs)).list();
	}

	Optional<CounterSetup> setup(String hallCode, int number) {
		return jdbc.sql("select * from service_counter where hall_code = :code and number = :n and active")
			.param("code", hallCode).param("n", number).query((rs, n) -> setup(rs)).optional();
	}

	/**
	 * The active counter, its row locked until the transaction ends: a booking statement starting meanwhile waits
	 * (its foreign key check shares the row), so a change checked against the bookings is not undercut.
	 */
	Optional<CounterSetup> lockedSetup(String hallCode, int number) {
		return jdbc.sql("select * from service_counter where hall_code = :code and number = :n and active for update")
			.param("code", hallCode).param("n", number).query((rs, n) -> setup(rs)).optional();
	}

	/** The codes of the halls with an active counter serving the item. */
	List<String> hallsServing(String itemCode) {
		return jdbc.sql("""
				select distinct hall_code from service_counter where items @> array[:item]::text[] and active
				order by 1""")
			.param("item", itemCode).query(String.class).list();
	}

	/** What a booking checks of a hall: the hall, whether an active counter serves the item, and its hours. */
	record ForBooking(Hall hall, boolean serves, HallHours hours) {
	}

	/**
	 * The hall as a booking of the item on {@code day} checks it, in one round trip: its weekly hours and 8+4
	 * weekdays, and of its closures only that day's.
	 */
	Optional<ForBooking> forBooking(String code, String item, LocalDate day) {
		return jdbc.sql("""
				select h.*,
				    exists (select 1 from service_counter c where c.hall_code = h.code and c.active
				        and c.items @> array[:item]::text[]) as serves,
				    array(select format('%s %s %s', weekday, opens, closes) from service_hall_hours
				        where hall_code = h.code order by weekday, opens) as periods,
				    array(select weekday from service_hall_extended where hall_code = h.code) as extended,
				    array(select day from service_hall_closure where hall_code = h.code and day = :day) as closures
				from service_hall h where h.code = :code""")
			.param("code", code).param("item", item).param("day", Date.valueOf(day))
			.query((rs, n) -> new ForBooking(hall(rs), rs.getBoolean("serves"), bookingHours(rs))).optional();
	}

	private static HallHours bookingHours(ResultSet rs) throws SQLException {
		Map<DayOfWeek, List<HallPeriod>> weekly = new EnumMap<>(DayOfWeek.class);
		for (String period : (String[]) rs.getArray("periods").getArray()) {
			String[] p = period.split(" ");
			weekly.computeIfAbsent(DayOfWeek.of(Integer.parseInt(p[0])), d -> new ArrayList<>())
				.add(new HallPeriod(LocalTime.parse(p[1]), LocalTime.parse(p[2])));
		}
		Set<DayOfWeek> extended = EnumSet.noneOf(DayOfWeek.class);
		for (Integer d : (Integer[]) rs.getArray("extended").getArray()) {
			extended.add(DayOfWeek.of(d));
		}
		Set<LocalDate> closures = new HashSet<>();
		for (Date d : (Date[]) rs.getArray("closures").getArray()) {
			closures.add(d.toLocalDate());
		}
		return new HallHours(weekly, extended, closures);
	}

	HallHours hours(String hallCode) {
		Map<DayOfWeek, List<HallPeriod>> weekly = new EnumMap<>(DayOfWeek.class);
		jdbc.sql("select weekday, opens, closes from service_hall_hours where hall_code = :code order by weekday, opens")
			.param("code", hallCode)
			.query((rs, n) -> {
				weekly.computeIfAbsent(DayOfWeek.of(rs.getInt(1)), d -> new ArrayList<>())
					.add(new HallPeriod(rs.getTime(2).toLocalTime(), rs.getTime(3).toLocalTime()));
				return null;
			}).list();
		Set<DayOfWeek> extended = EnumSet.noneOf(DayOfWeek.class);
		jdbc.sql("select weekday from service_hall_extended where hall_code = :code").param("code", hallCode)
			.query(Integer.class).list().forEach(d -> extended.add(DayOfWeek.of(d)));
		Set<LocalDate> closures = new HashSet<>(jdbc.sql("select day from service_hall_closure where hall_code = :code")
			.param("code", hallCode).query((rs, n) -> rs.getDate(1).toLocalDate()).list());
		return new HallHours(weekly, extended, closures);
	}

	/** The hall's closures from {@code from} on, by date. */
	List<HallClosure> closures(String hallCode, LocalDate from) {
		return jdbc.sql("select day, reason from service_hall_closure where hall_code = :code and day >= :from order by day")
			.param("code", hallCode).param("from", Date.valueOf(from))
			.query((rs, n) -> new HallClosure(rs.getDate(1).toLocalDate(), rs.getString(2))).list();
	}

	/** Writes a new hall with everything it has; false when the code was there already. */
	boolean insert(HallSetup setup) {
		if (!insertHall(new Hall(setup.code(), setup.name(), HallLevel.valueOf(setup.level()), setup.regionCode(),
				setup.address() == null ? "" : setup.address()))) {
			return false;
		}
		for (HallSetup.Counter c : setup.counters()) {
			insertCounter(new CounterSetup(setup.code(), c.number(), c.name(), c.items(), c.capacity(), c.staffA(),
					c.staffB()));
		}
		for (HallSetup.Period p : setup.hours()) {
			insertPeriod(setup.code(), p.weekday().getValue(), p);
		}
		for (DayOfWeek d : setup.extended()) {
			jdbc.sql("insert into service_hall_extended (hall_code, weekday) values (:hall, :d)")
				.param("hall", setup.code()).param("d", d.getValue()).update();
		}
		for (LocalDate day : setup.closures()) {
			jdbc.sql("insert into service_hall_closure (hall_code, day) values (:hall, :day)")
				.param("hall", setup.code()).param("day", Date.valueOf(day)).update();
		}
		return true;
	}

	/** A new hall without counters or hours; false when the code is taken. */
	boolean insertHall(Hall hall) {
		return jdbc.sql("""
				insert into service_hall (code, name, level, region_code, address)
				values (:code, :name, :level, :region, :address) on conflict (code) do nothing""")
			.param("code", hall.code()).param("name", hall.name()).param("level", hall.level().name())
			.param("region", hall.regionCode()).param("address", hall.address()).update() == 1;
	}

	void renameHall(String code, String name, String address) {
		jdbc.sql("update service_hall set name = :name, address = :address where code = :code")
			.param("code", code).param("name", name).param("address", address).update();
	}

	/**
	 * Writes an active counter: a new row, or the inactive row of a counter once taken out of service under that
	 * number (its past bookings keep pointing at it); false when an active counter holds the number.
	 */
	boolean insertCounter(CounterSetup c) {
		return jdbc.sql("""
				insert into service_counter (hall_code, number, name, items, capacity, staff_a, staff_b, active)
				values (:hall, :number, :name, :items::text[], :capacity, :a, :b, true)
				on conflict (hall_code, number) do update set name = excluded.name, items = excluded.items,
				    capacity = excluded.capacity, staff_a = excluded.staff_a, staff_b = excluded.staff_b, active = true
				where not service_counter.active""")
			.param("hall", c.hallCode()).param("number", c.number()).param("name", c.name())
			.param("items", array(c.items())).param("capacity", c.capacity()).param("a", c.staffA())
			.param("b", c.staffB()).update() == 1;
	}

	void updateCounter(CounterSetup c) {
		jdbc.sql("""
				update service_counter set name = :name, items = :items::text[], capacity = :capacity, staff_a = :a,
				    staff_b = :b
				where hall_code = :hall and number = :number and active""")
			.param("hall", c.hallCode()).param("number", c.number()).param("name", c.name())
			.param("items", array(c.items())).param("capacity", c.capacity()).param("a", c.staffA())
			.param("b", c.staffB()).update();
	}

	/** Names A and B on the counter unless either is named already; true when it did. */
	boolean staffIfUnstaffed(String hallCode, int number, String staffA, String staffB) {
		return jdbc.sql("""
				update service_counter set staff_a = :a, staff_b = :b
				where hall_code = :hall and number = :number and staff_a is null and staff_b is null""")
			.param("hall", hallCode).param("number", number).param("a", staffA).param("b", staffB).update() == 1;
	}

	/** Takes a counter out of service; false when no active counter has the number. */
	boolean retireCounter(String hallCode, int number) {
		return jdbc.sql("update service_counter set active = false where hall_code = :hall and number = :n and active")
			.param("hall", hallCode).param("n", number).update() == 1;
	}

	/** Replaces the hall's week: its periods and its 8+4 weekdays. */
	void replaceHours(String hallCode, List<HoursInput.Period> periods, Set<Integer> extended) {
		jdbc.sql("delete from service_hall_hours where hall_code = :hall").param("hall", hallCode).update();
		jdbc.sql("delete from service_hall_extended where hall_code = :hall").param("hall", hallCode).update();
		for (HoursInput.Period p : periods) {
			insertPeriod(hallCode, p.weekday(), new HallSetup.Period(DayOfWeek.of(p.weekday()), p.opens(), p.closes()));
		}
		for (int d : extended) {
			jdbc.sql("insert into service_hall_extended (hall_code, weekday) values (:hall, :d)")
				.param("hall", hallCode).param("d", d).update();
		}
	}

	/** Closes the hall on a day; false when it was closed that day already. */
	boolean addClosure(String hallCode, HallClosure closure) {
		return jdbc.sql("""
				insert into service_hall_closure (hall_code, day, reason) values (:hall, :day, :reason)
				on conflict do nothing""")
			.param("hall", hallCode).param("day", Date.valueOf(closure.date())).param("reason", closure.reason())
			.update() == 1;
	}

	boolean removeClosure(String hallCode, LocalDate day) {
		return jdbc.sql("delete from service_hall_closure where hall_code = :hall and day = :day")
			.param("hall", hallCode).param("day", Date.valueOf(day)).update() == 1;
	}

	private void insertPeriod(String hallCode, int weekday, HallSetup.Period p) {
		jdbc.sql("insert into service_hall_hours (hall_code, weekday, opens, closes) values (:hall, :d, :o, :c)")
			.param("hall", hallCode).param("d", weekday).param("o", Time.valueOf(p.opens()))
			.param("c", Time.valueOf(p.closes())).update();
	}

	private static Hall hall(ResultSet rs) throws SQLException {
		return new Hall(rs.getString("code"), rs.getString("name"), HallLevel.valueOf(rs.getString("level")),
				rs.getString("region_code"), rs.getString("address"));
	}

	private static CounterSetup setup(ResultSet rs) throws SQLException {
		return new CounterSetup(rs.getString("hall_code"), rs.getInt("number"), rs.getString("name"),
				strings(rs.getArray("items")), rs.getInt("capacity"), rs.getString("staff_a"), rs.getString("staff_b"));
	}

	private static String array(List<String> items) {
		return "{" + String.join(",", items) + "}";
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}

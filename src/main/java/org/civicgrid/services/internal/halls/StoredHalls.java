package org.civicgrid.services.internal.halls;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalDate;
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

/** The halls, their counters, weekly hours, 8+4 weekdays and closures (migration {@code V1_7_10}). */
@Repository
class StoredHalls {

	private final JdbcClient jdbc;

	StoredHalls(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long count() {
		return jdbc.sql("select count(*) from service_hall").query(Long.class).single();
	}

	/** Halls in scope, the street centres first, then by code. */
	List<Hall> list(RegionScope scope) {
		return jdbc.sql("select * from service_hall where region_code like :scope order by level desc, code")
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

	List<HallCounter> counters(String hallCode) {
		return jdbc.sql("select * from service_counter where hall_code = :code order by number")
			.param("code", hallCode)
			.query((rs, n) -> new HallCounter(rs.getString("hall_code"), rs.getInt("number"), rs.getString("name"),
					strings(rs.getArray("items")), rs.getInt("capacity")))
			.list();
	}

	/** The codes of the halls with a counter serving the item. */
	List<String> hallsServing(String itemCode) {
		return jdbc.sql("select distinct hall_code from service_counter where items @> array[:item]::text[] order by 1")
			.param("item", itemCode).query(String.class).list();
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

	/** Writes a new hall with everything it has; false when the code was there already. */
	boolean insert(HallSetup setup) {
		int added = jdbc.sql("""
				insert into service_hall (code, name, level, region_code, address)
				values (:code, :name, :level, :region, :address) on conflict (code) do nothing""")
			.param("code", setup.code()).param("name", setup.name()).param("level", setup.level())
			.param("region", setup.regionCode()).param("address", setup.address() == null ? "" : setup.address())
			.update();
		if (added == 0) {
			return false;
		}
		for (HallSetup.Counter c : setup.counters()) {
			jdbc.sql("""
					insert into service_counter (hall_code, number, name, items, capacity)
					values (:hall, :number, :name, :items::text[], :capacity)""")
				.param("hall", setup.code()).param("number", c.number()).param("name", c.name())
				.param("items", "{" + String.join(",", c.items()) + "}").param("capacity", c.capacity()).update();
		}
		for (HallSetup.Period p : setup.hours()) {
			jdbc.sql("insert into service_hall_hours (hall_code, weekday, opens, closes) values (:hall, :d, :o, :c)")
				.param("hall", setup.code()).param("d", p.weekday().getValue()).param("o", Time.valueOf(p.opens()))
				.param("c", Time.valueOf(p.closes())).update();
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

	private static Hall hall(java.sql.ResultSet rs) throws SQLException {
		return new Hall(rs.getString("code"), rs.getString("name"), HallLevel.valueOf(rs.getString("level")),
				rs.getString("region_code"), rs.getString("address"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}

package org.civicgrid.services.internal.halls;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The days staff are away from a hall's counters ({@code service_counter_absence}, migration {@code V1_7_13}). */
@Repository
class StoredAbsences {

	private final JdbcClient jdbc;

	StoredAbsences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the day unless it is recorded already; true when it was added. */
	boolean add(String hallCode, String username, LocalDate day, String reason, String by, Instant at) {
		return jdbc.sql("""
				insert into service_counter_absence (hall_code, username, day, reason, recorded_by, recorded_at)
				select :hall, :username, :day, :reason, :by, :at where exists (select 1 from service_hall where code = :hall)
				on conflict do nothing""")
			.param("hall", hallCode).param("username", username).param("day", Date.valueOf(day))
			.param("reason", reason).param("by", by).param("at", Timestamp.from(at)).update() == 1;
	}

	boolean remove(String hallCode, String username, LocalDate day) {
		return jdbc.sql("delete from service_counter_absence where hall_code = :hall and lower(username) = lower(:u) "
				+ "and day = :day")
			.param("hall", hallCode).param("u", username).param("day", Date.valueOf(day)).update() == 1;
	}

	/** The usernames (lower case) away from the hall's counters on the day. */
	Set<String> awayOn(String hallCode, LocalDate day) {
		return new HashSet<>(jdbc.sql("select lower(username) from service_counter_absence where hall_code = :hall "
				+ "and day = :day")
			.param("hall", hallCode).param("day", Date.valueOf(day)).query(String.class).list());
	}

	/** The hall's absences from {@code from} on, by day and username (at most 500). */
	List<CounterAbsence> from(String hallCode, LocalDate from) {
		return jdbc.sql("""
				select * from service_counter_absence where hall_code = :hall and day >= :from
				order by day, username limit 500""")
			.param("hall", hallCode).param("from", Date.valueOf(from))
			.query((rs, n) -> new CounterAbsence(rs.getString("username"), rs.getDate("day").toLocalDate(),
					rs.getString("reason"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}
}

package org.civicgrid.shared.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/**
 * The one calendar every time limit is counted on (处置时限): office hours on working days, where working days
 * are Monday to Friday minus China's statutory holidays plus the make-up working days (调休) the State Council
 * publishes each year. Years without a holiday file count weekends only, with a warning.
 *
 * <p>Semantics, as the digital city management practice (GB/T 30428 handling manuals) counts them:
 * <ul>
 * <li><b>Working hours</b> count only time inside an office period on a working day. A start outside office hours
 * starts counting at the next office period. A deadline that uses up a period exactly is that period's end
 * (09:00 + 3 working hours = 12:00, not 14:00).</li>
 * <li><b>Working days</b> count from the day after the start day, whatever the hour of filing:
 * N working days after a start on day D end when the office closes (the last period's end) on the N-th working
 * day after D. A case filed on Friday with 1 working day is due Monday at 18:00.</li>
 * <li><b>Natural</b> units are plain instant arithmetic; a natural day is 24 hours.</li>
 * <li>{@link #elapsed} with {@link TimeUnitKind#WORKING} is the inverse of {@link #deadline} for working hours:
 * {@code elapsed(start, deadline(start, n wh), WORKING) == n hours}.</li>
 * </ul>
 * Deadlines and elapsed time step period by period and day by day, never minute by minute.
 * Constructible without Spring: {@code new WorkingTimeCalendar(CalendarSettings.defaults())}.
 */
@Component
public class WorkingTimeCalendar {

	private final ZoneId zone;

	private final OfficeHours office;

	private final StatutoryHolidays holidays;

	public WorkingTimeCalendar(CalendarSettings settings) {
		this.zone = settings.zone();
		this.office = settings.parsedOfficeHours();
		this.holidays = StatutoryHolidays.load(settings.holidayDir());
	}

	public ZoneId zone() {
		return zone;
	}

	/** A listed holiday is off, a listed make-up day (调休) is on, otherwise Monday to Friday are on. */
	public boolean isWorkingDay(LocalDate date) {
		return holidays.offDay(date)
			.map(off -> !off)
			.orElseGet(() -> date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY);
	}

	/**
	 * The working day {@code count} working days after {@code date} (before it when negative); {@code date} itself
	 * for zero, even when it is not a working day.
	 */
	public LocalDate addWorkingDays(LocalDate date, int count) {
		int step = Integer.signum(count);
		LocalDate day = date;
		for (int left = Math.abs(count); left > 0; ) {
			day = day.plusDays(step);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

	/** When a case started at {@code start} with this time limit is due; see the class comment. */
	public Instant deadline(Instant start, TimeLimit limit) {
		return switch (limit.unit()) {
			case NATURAL_MINUTES -> start.plus(Duration.ofMinutes(limit.amount()));
			case NATURAL_HOURS -> start.plus(Duration.ofHours(limit.amount()));
			case NATURAL_DAYS -> start.plus(Duration.ofDays(limit.amount()));
			case WORKING_HOURS -> plusWorkingTime(start, Duration.ofHours(limit.amount()));
			case WORKING_DAYS -> at(addWorkingDays(dateOf(start), Math.toIntExact(limit.amount())), office.close());
		};
	}

	/** When the office closes on {@code day}: a promised date (承诺日期) runs out then. */
	public Instant closeOf(LocalDate day) {
		return at(day, office.close());
	}

	/**
	 * The time between two instants: all of it for {@link TimeUnitKind#NATURAL}, only office hours on working days
	 * for {@link TimeUnitKind#WORKING}. Negative when {@code end} is before {@code start}.
	 */
	public Duration elapsed(Instant start, Instant end, TimeUnitKind kind) {
		if (kind == TimeUnitKind.NATURAL) {
			return Duration.between(start, end);
		}
		if (end.isBefore(start)) {
			return elapsed(end, start, kind).negated();
		}
		Duration total = Duration.ZERO;
		for (LocalDate day = dateOf(start); !day.isAfter(dateOf(end)); day = day.plusDays(1)) {
			if (!isWorkingDay(day)) {
				continue;
			}
			for (OfficePeriod period : office.periods()) {
				Instant from = latest(at(day, period.start()), start);
				Instant to = earliest(at(day, period.end()), end);
				if (from.isBefore(to)) {
					total = total.plus(Duration.between(from, to));
				}
			}
		}
		return total;
	}

	/**
	 * The instant {@code amount} after {@code start}: of all time for {@link TimeUnitKind#NATURAL}, of office hours
	 * on working days for {@link TimeUnitKind#WORKING}; the inverse of {@link #elapsed}.
	 */
	public Instant plus(Instant start, Duration amount, TimeUnitKind kind) {
		return kind == TimeUnitKind.NATURAL ? start.plus(amount) : plusWorkingTime(start, amount);
	}

	private Instant plusWorkingTime(Instant start, Duration amount) {
		Duration left = amount;
		for (LocalDate day = dateOf(start); ; day = day.plusDays(1)) {
			if (!isWorkingDay(day)) {
				continue;
			}
			for (OfficePeriod period : office.periods()) {
				Instant from = latest(at(day, period.start()), start);
				Instant to = at(day, period.end());
				if (!from.isBefore(to)) {
					continue;
				}
				Duration open = Duration.between(from, to);
				if (left.compareTo(open) <= 0) {
					return from.plus(left);
				}
				left = left.minus(open);
			}
		}
	}

	private LocalDate dateOf(Instant instant) {
		return LocalDate.ofInstant(instant, zone);
	}

	private Instant at(LocalDate day, LocalTime time) {
		return day.atTime(time).atZone(zone).toInstant();
	}

	private static Instant latest(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant earliest(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}
}

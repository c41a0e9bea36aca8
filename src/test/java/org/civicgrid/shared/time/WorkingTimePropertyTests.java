package org.civicgrid.shared.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.shared.time.Calendars.CHINA;
import static org.civicgrid.shared.time.Calendars.beijing;
import static org.civicgrid.shared.time.TimeUnitKind.WORKING;

/**
 * Laws of deadline and elapsed over random starts from 2024 to October 2026, so that every deadline stays inside the
 * shipped holiday files (fixed seed, so a failure repeats).
 */
class WorkingTimePropertyTests {

	private static final int SAMPLES = 3_000;

	private static final Instant FIRST = beijing("2024-01-01T00:00");

	private static final long MINUTES = Duration.between(FIRST, beijing("2026-10-15T00:00")).toMinutes();

	private static final List<OfficePeriod> PERIODS = CalendarSettings.defaults().parsedOfficeHours().periods();

	private final Random random = new Random(20240930);

	@Test
	void aDeadlineIsNeverBeforeItsStart() {
		for (int i = 0; i < SAMPLES; i++) {
			Instant start = randomStart();
			TimeLimit limit = randomLimit();
			assertThat(CHINA.deadline(start, limit)).as("%s + %s", start, limit).isAfter(start);
		}
	}

	@Test
	void aWorkingDeadlineFallsInsideOfficeHoursOnAWorkingDayOrAtAPeriodEnd() {
		for (int i = 0; i < SAMPLES; i++) {
			Instant start = randomStart();
			TimeLimit limit = random.nextBoolean()
					? workingHours(1 + random.nextInt(200))
					: workingDays(1 + random.nextInt(40));
			ZonedDateTime due = CHINA.deadline(start, limit).atZone(CHINA.zone());
			LocalTime time = due.toLocalTime();
			assertThat(CHINA.isWorkingDay(due.toLocalDate())).as("%s + %s = %s", start, limit, due).isTrue();
			assertThat(PERIODS).as("%s + %s = %s", start, limit, due)
				.anyMatch(period -> time.isAfter(period.start()) && !time.isAfter(period.end()));
		}
	}

	@Test
	void elapsedWorkingTimeUndoesAWorkingHoursDeadline() {
		for (int i = 0; i < SAMPLES; i++) {
			Instant start = randomStart();
			TimeLimit limit = workingHours(1 + random.nextInt(300));
			Instant due = CHINA.deadline(start, limit);
			assertThat(CHINA.elapsed(start, due, WORKING)).as("%s + %s", start, limit)
				.isEqualTo(Duration.ofHours(limit.amount()));
		}
	}

	@Test
	void aLongerLimitIsNeverDueEarlier() {
		for (int i = 0; i < SAMPLES; i++) {
			Instant start = randomStart();
			long amount = 1 + random.nextInt(60);
			long longer = amount + 1 + random.nextInt(10);
			TimeLimit.Unit unit = TimeLimit.Unit.values()[random.nextInt(TimeLimit.Unit.values().length)];
			assertThat(CHINA.deadline(start, new TimeLimit(longer, unit)))
				.as("%s: %d against %d %s", start, longer, amount, unit)
				.isAfter(CHINA.deadline(start, new TimeLimit(amount, unit)));
		}
	}

	@Test
	void naturalUnitsArePlainInstantArithmetic() {
		for (int i = 0; i < SAMPLES; i++) {
			Instant start = randomStart();
			long amount = 1 + random.nextInt(1_000);
			assertThat(CHINA.deadline(start, new TimeLimit(amount, TimeLimit.Unit.NATURAL_MINUTES)))
				.isEqualTo(start.plus(amount, ChronoUnit.MINUTES));
			assertThat(CHINA.deadline(start, new TimeLimit(amount, TimeLimit.Unit.NATURAL_HOURS)))
				.isEqualTo(start.plus(amount, ChronoUnit.HOURS));
			assertThat(CHINA.deadline(start, new TimeLimit(amount, TimeLimit.Unit.NATURAL_DAYS)))
				.isEqualTo(start.plus(amount, ChronoUnit.DAYS));
			Instant end = start.plus(random.nextInt(100_000), ChronoUnit.MINUTES);
			assertThat(CHINA.elapsed(start, end, TimeUnitKind.NATURAL)).isEqualTo(Duration.between(start, end));
		}
	}

	@Test
	void elapsedWorkingTimeAddsUpOverConsecutiveStretches() {
		for (int i = 0; i < SAMPLES; i++) {
			Instant a = randomStart();
			Instant b = a.plus(random.nextInt(20_000), ChronoUnit.MINUTES);
			Instant c = b.plus(random.nextInt(20_000), ChronoUnit.MINUTES);
			assertThat(CHINA.elapsed(a, b, WORKING).plus(CHINA.elapsed(b, c, WORKING)))
				.isEqualTo(CHINA.elapsed(a, c, WORKING));
		}
	}

	@Test
	void elapsedWorkingTimeMatchesCountingMinuteByMinute() {
		for (int i = 0; i < 300; i++) {
			Instant start = randomStart();
			Instant end = start.plus(random.nextInt(4 * 24 * 60), ChronoUnit.MINUTES);
			assertThat(CHINA.elapsed(start, end, WORKING)).as("%s to %s", start, end)
				.isEqualTo(countedByTheMinute(start, end));
		}
	}

	private static Duration countedByTheMinute(Instant start, Instant end) {
		long minutes = 0;
		for (Instant minute = start; minute.isBefore(end); minute = minute.plus(1, ChronoUnit.MINUTES)) {
			ZonedDateTime local = minute.atZone(CHINA.zone());
			LocalDate day = local.toLocalDate();
			LocalTime time = local.toLocalTime();
			if (CHINA.isWorkingDay(day)
					&& PERIODS.stream().anyMatch(period -> !time.isBefore(period.start()) && time.isBefore(period.end()))) {
				minutes++;
			}
		}
		return Duration.ofMinutes(minutes);
	}

	private Instant randomStart() {
		return FIRST.plus(random.nextLong(MINUTES), ChronoUnit.MINUTES);
	}

	private TimeLimit randomLimit() {
		TimeLimit.Unit unit = TimeLimit.Unit.values()[random.nextInt(TimeLimit.Unit.values().length)];
		return new TimeLimit(1 + random.nextInt(unit == TimeLimit.Unit.NATURAL_MINUTES ? 10_000 : 100), unit);
	}

	private static TimeLimit workingHours(long hours) {
		return new TimeLimit(hours, TimeLimit.Unit.WORKING_HOURS);
	}

	private static TimeLimit workingDays(long days) {
		return new TimeLimit(days, TimeLimit.Unit.WORKING_DAYS);
	}
}


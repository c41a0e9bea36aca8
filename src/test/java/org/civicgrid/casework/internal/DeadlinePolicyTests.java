package org.civicgrid.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.casework.Colour.*;
import static org.civicgrid.casework.internal.CaseFixtures.*;

import java.time.Instant;

import org.civicgrid.casework.CaseAction;
import org.civicgrid.casework.Colour;
import org.civicgrid.shared.time.CalendarSettings;
import org.civicgrid.shared.time.TimeLimit;
import org.civicgrid.shared.time.WorkingTimeCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Three colours on a 4-working-hour limit (08:30–12:00, 14:00–18:00): green below 80 %, yellow from 80 %, red once
 * the deadline has come. Lunch breaks and weekends do not count.
 */
class DeadlinePolicyTests {

	static final WorkingTimeCalendar CHINA = new WorkingTimeCalendar(CalendarSettings.defaults());

	private final DeadlinePolicy policy = new DeadlinePolicy(CHINA);

	/** The stored colour turns when the computed one does: the yellow timer is set at the first yellow instant. */
	@ParameterizedTest(name = "{1} from {0}: yellow from {2}")
	@CsvSource({
			"2026-11-20T10:00, 4wh, 2026-11-20T15:12",
			"2026-11-20T16:00, 4wh, 2026-11-23T09:42",
			"2026-11-20T11:59, 1wh, 2026-11-20T14:47",
			"2026-11-20T10:00, 15m, 2026-11-20T10:12",
			"2026-11-20T10:00, 3wd, 2026-11-25T10:18" })
	void theYellowTimerIsDueAtTheFirstYellowInstant(String start, String limit, String yellow) {
		Instant from = beijing(start);
		TimeLimit timeLimit = TimeLimit.parse(limit);
		Instant due = CHINA.deadline(from, timeLimit);
		Instant at = policy.yellowFrom(from, due, timeLimit.unit().kind());
		assertThat(at).isEqualTo(beijing(yellow));
		assertThat(policy.colour(from, due, timeLimit.unit().kind(), at)).isEqualTo(YELLOW);
		assertThat(policy.colour(from, due, timeLimit.unit().kind(), at.minusNanos(1))).isEqualTo(GREEN);
	}

	/** Friday 10:00 + 4 working hours = Friday 16:00: two hours before lunch, two after. */
	@ParameterizedTest(name = "{0} ({2})")
	@CsvSource({
			"2026-11-20T10:00, GREEN,  0 %",
			"2026-11-20T12:30, GREEN,  50 %; the lunch break does not count",
			"2026-11-20T15:09, GREEN,  79 %",
			"2026-11-20T15:12, YELLOW, 80 %",
			"2026-11-20T15:59, YELLOW, 99 %",
			"2026-11-20T16:00, RED,    100 %",
			"2026-11-23T09:00, RED,    past the deadline" })
	void colourAcrossTheLunchBreak(String now, Colour colour, String share) {
		assertThat(policy.colour(beijing("2026-11-20T10:00"), TimeLimit.parse("4wh"), beijing(now))).isEqualTo(colour);
	}

	/** Friday 16:00 + 4 working hours = Monday 10:30: two hours on Friday, two on Monday. */
	@ParameterizedTest(name = "{0} ({2})")
	@CsvSource({
			"2026-11-20T16:00, GREEN,  0 %",
			"2026-11-21T12:00, GREEN,  50 %; Saturday does not count",
			"2026-11-22T23:00, GREEN,  50 %; nor does Sunday",
			"2026-11-23T09:41, GREEN,  79 %",
			"2026-11-23T09:42, YELLOW, 80 %",
			"2026-11-23T10:30, RED,    100 %",
			"2026-11-23T14:00, RED,    past the deadline" })
	void colourAcrossAWeekend(String now, Colour colour, String share) {
		assertThat(policy.colour(beijing("2026-11-20T16:00"), TimeLimit.parse("4wh"), beijing(now))).isEqualTo(colour);
	}

	@Test
	void naturalHoursRunThroughTheNight() {
		Instant start = beijing("2026-11-20T20:00");

		assertThat(policy.colour(start, TimeLimit.parse("24h"), beijing("2026-11-21T15:00"))).isEqualTo(GREEN);
		assertThat(policy.colour(start, TimeLimit.parse("24h"), beijing("2026-11-21T15:12"))).isEqualTo(YELLOW);
		assertThat(policy.colour(start, TimeLimit.parse("24h"), beijing("2026-11-21T20:00"))).isEqualTo(RED);
	}

	@Test
	void aCaseHasNoColourBeforeDispatchAndItsClockStartsThere() {
		CaseFile filed = aFiledCaseIn(GRID);
		assertThat(policy.colour(filed, beijing("2026-11-20T18:00"))).isEmpty();
		assertThat(policy.deadline(filed)).isEmpty();

		CaseFile dispatched = aDispatchedCaseIn(GRID); // Friday 09:30
		assertThat(policy.deadline(dispatched)).contains(beijing("2026-11-20T15:30"));
		assertThat(policy.colour(dispatched, beijing("2026-11-20T15:00"))).contains(YELLOW);
		assertThat(policy.colour(dispatched, beijing("2026-11-20T15:30"))).contains(RED);
	}

	@Test
	void anApprovedExtensionPushesTheDeadline() {
		CaseFile file = anAcceptedCaseIn(GRID);
		file.apply(CaseAction.REQUEST_EXTENSION, ActionInput.extension(TimeLimit.parse("1wd"), "需协调物业"),
				aGridWorkerOf(GRID), minutesLater(60));
		assertThat(policy.deadline(file)).as("only once approved").contains(beijing("2026-11-20T15:30"));

		file.apply(CaseAction.APPROVE_EXTENSION, ActionInput.none(), aDispatcherOf(STREET), minutesLater(70));

		assertThat(policy.deadline(file)).contains(beijing("2026-11-23T18:00"));
		assertThat(policy.colour(file, beijing("2026-11-20T17:00"))).contains(GREEN);
	}

	@Test
	void theColourStopsWhenTheHandlerReportsBack() {
		CaseFile file = aHandledCaseIn(GRID); // handled Friday 10:30, due 15:30

		assertThat(policy.colour(file, beijing("2026-11-23T09:00"))).contains(GREEN);
	}
}

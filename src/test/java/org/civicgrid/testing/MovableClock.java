package org.civicgrid.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The clock of the application under test. It runs with the wall clock until a test stops it at a set time; from
 * then on time moves only when the test moves it, so what depends on time (a case's colour, a deadline, a count
 * of today's reports) has one right answer. {@link IntegrationTest} puts it in place of the application's clock
 * and sets it running again after every test.
 * <p>
 * The case timers' db-scheduler waits on this clock too: while it stands still, the scheduler waits and fires
 * nothing (a test fires the timers it needs itself, as {@code CaseTimerTests} does); it polls again once the clock
 * runs.
 */
public final class MovableClock extends Clock {

	private final ZoneId zone;
	private volatile Instant stoppedAt;

	MovableClock(ZoneId zone) {
		this.zone = zone;
	}

	/** Stops the clock at a moment given in the application's zone, e.g. {@code "2026-12-02T09:00"}. */
	public Instant stopAt(String localDateTime) {
		return stopAt(LocalDateTime.parse(localDateTime).atZone(zone).toInstant());
	}

	/**
	 * Stops the clock at {@code instant}. The tokens {@link Api} keeps were issued at another time (days later, as a
	 * test's morning of 2 December is before the wall clock), so they are forgotten: a token issued "in the future"
	 * is refused, and which test ran first must not decide whether the next one signs in.
	 */
	public Instant stopAt(Instant instant) {
		stoppedAt = instant;
		Api.forgetTokens();
		return instant;
	}

	/** Moves a stopped clock on. */
	public Instant advance(Duration duration) {
		if (stoppedAt == null) {
			throw new IllegalStateException("The clock runs with the wall clock: stop it before moving it");
		}
		stoppedAt = stoppedAt.plus(duration);
		return stoppedAt;
	}

	public boolean isStopped() {
		return stoppedAt != null;
	}

	/** Back to the wall clock. */
	public void run() {
		stoppedAt = null;
	}

	@Override
	public Instant instant() {
		Instant at = stoppedAt;
		return at != null ? at : Instant.now();
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		return other.equals(zone) ? this : new Clock() {

			@Override
			public Instant instant() {
				return MovableClock.this.instant();
			}

			@Override
			public ZoneId getZone() {
				return other;
			}

			@Override
			public Clock withZone(ZoneId another) {
				return MovableClock.this.withZone(another);
			}
		};
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class InPlaceOfTheApplicationsClock {

		@Bean
		@Primary
		MovableClock movableClock(org.civicgrid.shared.time.CalendarSettings calendar) {
			return new MovableClock(calendar.zone());
		}
	}
}

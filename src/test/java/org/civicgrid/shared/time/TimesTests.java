package org.civicgrid.shared.time;

import java.time.Instant;
import java.time.ZoneId;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimesTests {

	private static final Instant UTC_SEVEN = Instant.parse("2026-12-02T07:00:07Z");

	@Test
	void writesInTheCalendarZoneNotTheMachines() {
		// Surefire runs the JVM in UTC, so a formatter that fell back to the machine's zone would write 07:00.
		assertThat(TimeZone.getDefault().toZoneId()).isEqualTo(ZoneId.of("UTC"));
		Times times = new Times(CalendarSettings.defaults());

		assertThat(times.minute(UTC_SEVEN)).isEqualTo("2026-12-02 15:00");
		assertThat(times.second(UTC_SEVEN)).isEqualTo("2026-12-02 15:00:07");
		assertThat(times.dayAndTime(UTC_SEVEN)).isEqualTo("12-02 15:00");
		assertThat(times.clockTime(UTC_SEVEN)).isEqualTo("15:00");
		assertThat(times.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
	}

	@Test
	void theDayIsTheCalendarsDayAcrossMidnight() {
		Times times = new Times(CalendarSettings.defaults());

		assertThat(times.day(Instant.parse("2026-12-02T16:30:00Z"))).isEqualTo("2026-12-03");
		assertThat(times.minute(Instant.parse("2026-12-02T16:30:00Z"))).isEqualTo("2026-12-03 00:30");
	}

	@Test
	void followsAConfiguredZone() {
		Times times = new Times(new CalendarSettings(ZoneId.of("Asia/Urumqi"), null, null));

		assertThat(times.minute(UTC_SEVEN)).isEqualTo("2026-12-02 13:00");
	}

	@Test
	void writesAnAbsentTimeAsADash() {
		Times times = new Times(CalendarSettings.defaults());

		assertThat(times.minute(null)).isEqualTo("—");
		assertThat(times.day(null)).isEqualTo("—");
	}
}

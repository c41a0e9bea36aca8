package org.civicgrid.messaging.internal.outbound;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuietHoursTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static Instant at(String local) {
		return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
	}

	@Test
	void aNightPeriodRunsOverMidnightAndEndsInTheMorning() {
		QuietHours night = QuietHours.of("22:00-07:00", SHANGHAI);
		assertThat(night.isQuiet(at("2026-12-02T21:59:59"))).isFalse();
		assertThat(night.isQuiet(at("2026-12-02T22:00"))).isTrue();
		assertThat(night.isQuiet(at("2026-12-03T06:59:59"))).isTrue();
		assertThat(night.isQuiet(at("2026-12-03T07:00"))).isFalse();
		assertThat(night.endOf(at("2026-12-02T23:30"))).isEqualTo(at("2026-12-03T07:00"));
		assertThat(night.endOf(at("2026-12-03T01:00"))).isEqualTo(at("2026-12-03T07:00"));
		assertThat(night.endOf(at("2026-12-03T12:00"))).isEqualTo(at("2026-12-03T12:00"));
	}

	@Test
	void aDayPeriodEndsTheSameDay() {
		QuietHours lunch = QuietHours.of("12:00-14:00", SHANGHAI);
		assertThat(lunch.isQuiet(at("2026-12-02T13:00"))).isTrue();
		assertThat(lunch.isQuiet(at("2026-12-02T23:00"))).isFalse();
		assertThat(lunch.endOf(at("2026-12-02T12:00"))).isEqualTo(at("2026-12-02T14:00"));
	}

	@Test
	void noPeriodIsNeverQuiet() {
		QuietHours none = QuietHours.of("", SHANGHAI);
		assertThat(none.isQuiet(at("2026-12-02T23:00"))).isFalse();
	}

	@Test
	void aSettingThatIsNoPeriodFailsAtStartUpWithTheKey() {
		assertThatThrownBy(() -> QuietHours.of("22-7", SHANGHAI)).hasMessageContaining("quiet-hours");
		assertThatThrownBy(() -> QuietHours.of("07:00-07:00", SHANGHAI)).hasMessageContaining("quiet-hours");
	}

	@Test
	void theBackoffDoublesFromTheFirstDelayUpToTheLongest() {
		DeliverySettings.Retry retry = new DeliverySettings.Retry(5, Duration.ofSeconds(30), Duration.ofMinutes(3));
		assertThat(retry.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(retry.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
		assertThat(retry.delayAfter(3)).isEqualTo(Duration.ofMinutes(2));
		assertThat(retry.delayAfter(4)).isEqualTo(Duration.ofMinutes(3));
		assertThat(retry.delayAfter(9)).isEqualTo(Duration.ofMinutes(3));
	}
}

package org.civicgrid.services.internal.halls;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The booking rules: a booking may be cancelled until {@code cancelBefore} its start (2 hours); {@code noShowLimit}
 * no-shows (3) within {@code noShowWindow} (30 days) block new bookings for {@code noShowBlock} (30 days) after the
 * latest; residents book at most {@code daysAhead} days ahead (14).
 */
@ConfigurationProperties("civicgrid.services.booking")
public record BookingSettings(Duration cancelBefore, int noShowLimit, Duration noShowWindow, Duration noShowBlock,
		int daysAhead) {

	public BookingSettings {
		cancelBefore = cancelBefore == null ? Duration.ofHours(2) : cancelBefore;
		noShowLimit = noShowLimit <= 0 ? 3 : noShowLimit;
		noShowWindow = noShowWindow == null ? Duration.ofDays(30) : noShowWindow;
		noShowBlock = noShowBlock == null ? Duration.ofDays(30) : noShowBlock;
		daysAhead = daysAhead <= 0 ? 14 : daysAhead;
	}
}

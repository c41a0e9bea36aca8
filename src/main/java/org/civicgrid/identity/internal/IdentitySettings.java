package org.civicgrid.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Token lifetime and the lockout rule's numbers. */
@ConfigurationProperties("civicgrid.identity")
record IdentitySettings(Duration tokenLifetime, int maxFailedLogins, Duration lockDuration) {

	IdentitySettings {
		tokenLifetime = tokenLifetime == null ? Duration.ofHours(8) : tokenLifetime;
		maxFailedLogins = maxFailedLogins <= 0 ? 5 : maxFailedLogins;
		lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
	}
}

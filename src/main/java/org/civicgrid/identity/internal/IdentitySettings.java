package org.civicgrid.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Token lifetime, how long a resolved token is remembered, and the lockout rule's numbers. */
@ConfigurationProperties("civicgrid.identity")
record IdentitySettings(Duration tokenLifetime, Duration tokenCache, int maxFailedLogins, Duration lockDuration) {

	IdentitySettings {
		tokenLifetime = tokenLifetime == null ? Duration.ofHours(8) : tokenLifetime;
		tokenCache = tokenCache == null || tokenCache.isNegative() ? Duration.ofSeconds(5) : tokenCache;
		maxFailedLogins = maxFailedLogins <= 0 ? 5 : maxFailedLogins;
		lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
	}
}

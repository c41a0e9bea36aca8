package org.civicgrid.identity.internal;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

/** Five wrong passwords in a row lock an account for fifteen minutes (both numbers are configuration). */
@Component
class LockoutPolicy {

	private final int maxFailures;
	private final Duration lockDuration;

	LockoutPolicy(IdentitySettings settings) {
		this.maxFailures = settings.maxFailedLogins();
		this.lockDuration = settings.lockDuration();
	}

	int maxFailures() {
		return maxFailures;
	}

	Instant lockUntil(Instant failedAt) {
		return failedAt.plus(lockDuration);
	}
}

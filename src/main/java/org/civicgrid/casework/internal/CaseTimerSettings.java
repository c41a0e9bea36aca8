package org.civicgrid.casework.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The case timers (db-scheduler).
 *
 * @param enabled whether this node runs timers (every node may; each timer fires once in the cluster)
 * @param pollingInterval how often a node looks for due timers, so a colour changes at most this late
 * @param threads timers fired at once per node
 * @param retryAfter when a firing that failed (say, a concurrent change of the case) is tried again
 * @param scale compresses each stage's timers towards its start (1 = real time); demos and the crash test use a
 *     small factor so a 15-minute limit passes in seconds. Deadlines shown and stored are not scaled.
 * @param escalateWhenOverdue category code prefixes whose overdue cases rise one level by themselves
 *     ({@link EscalationPolicy}); empty: none do
 */
@ConfigurationProperties("civicgrid.casework.timers")
record CaseTimerSettings(Boolean enabled, Duration pollingInterval, Integer threads, Duration retryAfter, Double scale,
		List<String> escalateWhenOverdue) {

	CaseTimerSettings {
		enabled = enabled == null || enabled;
		pollingInterval = pollingInterval == null ? Duration.ofSeconds(5) : pollingInterval;
		threads = threads == null || threads < 1 ? 4 : threads;
		retryAfter = retryAfter == null ? Duration.ofSeconds(30) : retryAfter;
		scale = scale == null || scale <= 0 || scale > 1 ? 1.0 : scale;
		escalateWhenOverdue = escalateWhenOverdue == null ? List.of() : List.copyOf(escalateWhenOverdue);
	}
}

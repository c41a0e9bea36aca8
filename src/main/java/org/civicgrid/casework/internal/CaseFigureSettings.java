package org.civicgrid.casework.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The board's and the indicators' rollups ({@link CaseFigureRefresh}).
 *
 * @param refreshInterval the pause between two runs of the job that recomputes the changed buckets (once in a
 *     cluster). Reads are exact whatever it is: a longer pause only leaves them more pending changes to add.
 */
@ConfigurationProperties("civicgrid.casework.figures")
record CaseFigureSettings(Duration refreshInterval) {

	CaseFigureSettings {
		refreshInterval = refreshInterval == null || refreshInterval.isNegative() || refreshInterval.isZero()
				? Duration.ofSeconds(10) : refreshInterval;
	}
}

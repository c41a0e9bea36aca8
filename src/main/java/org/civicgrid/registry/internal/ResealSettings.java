package org.civicgrid.registry.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a reseal run of the vault goes.
 *
 * @param batchSize values resealed per transaction
 * @param staleAfter a RUNNING run whose node has not reported a batch for this long is taken as interrupted (its
 *        node stopped); the next run starts over what is left
 */
@ConfigurationProperties("civicgrid.registry.reseal")
record ResealSettings(Integer batchSize, Duration staleAfter) {

	ResealSettings {
		batchSize = batchSize == null || batchSize < 1 ? 500 : batchSize;
		staleAfter = staleAfter == null || staleAfter.isNegative() || staleAfter.isZero() ? Duration.ofMinutes(1)
				: staleAfter;
	}
}

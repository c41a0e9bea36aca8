package org.civicgrid.registry.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How imports run.
 *
 * @param batchSize rows upserted per transaction
 * @param threads imports running at once; more wait in a queue of {@code queue}, beyond which uploads are refused
 * @param queue uploads waiting for a thread
 */
@ConfigurationProperties("civicgrid.registry.imports")
record ImportSettings(Integer batchSize, Integer threads, Integer queue) {

	ImportSettings {
		batchSize = batchSize == null || batchSize < 1 ? 1000 : batchSize;
		threads = threads == null || threads < 1 ? 2 : threads;
		queue = queue == null || queue < 0 ? 8 : queue;
	}
}

package org.civicgrid.casework.internal;

import java.time.Instant;

/**
 * A stretch of a case's life that runs against a time limit and so has timers: answering a fresh report (the
 * service promise's {@code respond}, 15 minutes) or handling it from dispatch to the report back (the category's
 * limit plus extensions). {@code key} names the stage so that a timer set for an ended stage can tell it is stale.
 */
record CaseStage(String key, Instant start, Instant yellowAt, Instant deadline) {

	static final String RESPOND = "respond";
}

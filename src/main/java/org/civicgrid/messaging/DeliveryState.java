package org.civicgrid.messaging;

/**
 * Where a delivery stands. {@link #PENDING} waits for its next attempt (the first, or a retry after a transient
 * failure); {@link #DEFERRED} waits for the end of the quiet hours; {@link #SENT} was accepted by the provider;
 * {@link #FAILED} was refused for good or ran out of attempts; {@link #SKIPPED} was not sent because the member
 * does not take this kind of post by SMS.
 */
public enum DeliveryState {
	PENDING, DEFERRED, SENT, FAILED, SKIPPED;

	/** Whether the worker may still send it. */
	public boolean open() {
		return this == PENDING || this == DEFERRED;
	}
}

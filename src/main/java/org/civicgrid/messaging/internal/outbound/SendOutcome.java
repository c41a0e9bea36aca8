package org.civicgrid.messaging.internal.outbound;

import java.time.Duration;

/** How one attempt went, as the worker needs it: sent, worth trying again, or refused for good. */
public sealed interface SendOutcome {

	/** The provider accepted the message; {@code providerId} is its id for it (Alibaba's BizId), if any. */
	record Sent(String providerId) implements SendOutcome {
	}

	/**
	 * A failure that may pass (HTTP 5xx, a timeout, a refused connection, the provider's rate limit); tried again
	 * after the backoff, and not before {@code atLeast}.
	 */
	record Retry(String error, Duration atLeast) implements SendOutcome {

		static Retry now(String error) {
			return new Retry(error, Duration.ZERO);
		}
	}

	/** A refusal that trying again would not change (a wrong number, an unknown template, a bad key). */
	record Refused(String error) implements SendOutcome {
	}
}

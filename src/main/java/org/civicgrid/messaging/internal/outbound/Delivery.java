package org.civicgrid.messaging.internal.outbound;

import java.time.Instant;

import org.civicgrid.messaging.DeliveryState;
import org.civicgrid.messaging.OutboundContent;
import org.civicgrid.messaging.PostKind;

/**
 * One stored delivery: the message for one recipient on one channel and where it stands. Holds no phone: the
 * person's registry id (and account, for preferences) and, once tried, the masked phone as its label.
 */
record Delivery(long id, String messageKey, ChannelKind channel, String recipientKey, Long personId, Long accountId,
		String robot, String recipientLabel, String rateKey, PostKind kind, String regionCode, OutboundContent content,
		DeliveryState state, int attempts, Instant nextAttemptAt, Instant lastAttemptAt, String lastError,
		String providerId, Instant createdAt, Instant sentAt) {
}

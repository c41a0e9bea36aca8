package org.civicgrid.messaging.internal.outbound;

import java.time.Instant;

import org.civicgrid.messaging.DeliveryState;
import org.civicgrid.messaging.PostKind;

/**
 * One line of the delivery log. {@code recipient} is the masked phone once the delivery was tried (never the
 * number in clear), or the robot's name; {@code nextAttemptAt} only while it is open.
 */
public record DeliveryView(long id, String messageKey, ChannelKind channel, String recipient, Long personId,
		String robot, PostKind kind, String regionCode, String templateCode, DeliveryState state, int attempts,
		Instant nextAttemptAt, Instant lastAttemptAt, String lastError, String providerId, Instant createdAt,
		Instant sentAt) {

	static DeliveryView of(Delivery d) {
		String template = d.content() instanceof org.civicgrid.messaging.OutboundContent.SmsTemplate s ? s.templateCode()
				: null;
		return new DeliveryView(d.id(), d.messageKey(), d.channel(), d.recipientLabel(), d.personId(), d.robot(),
				d.kind(), d.regionCode(), template, d.state(), d.attempts(), d.state().open() ? d.nextAttemptAt() : null,
				d.lastAttemptAt(), d.lastError(), d.providerId(), d.createdAt(), d.sentAt());
	}
}

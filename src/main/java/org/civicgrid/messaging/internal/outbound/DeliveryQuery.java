package org.civicgrid.messaging.internal.outbound;

import org.civicgrid.messaging.DeliveryState;

/** The delivery log's search: by state, by channel, by the start of a message key ({@code broadcast:42}). */
public record DeliveryQuery(DeliveryState state, ChannelKind channel, String messageKey) {

	public DeliveryQuery {
		messageKey = messageKey == null || messageKey.isBlank() ? null : messageKey.strip();
	}
}

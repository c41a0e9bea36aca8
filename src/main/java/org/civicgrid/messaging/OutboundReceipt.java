package org.civicgrid.messaging;

/**
 * What {@link Outbound#send} did: the delivery's id and state, and whether it had been asked for before (then
 * nothing new was written and the state is the earlier delivery's).
 */
public record OutboundReceipt(long deliveryId, DeliveryState state, boolean duplicate) {
}

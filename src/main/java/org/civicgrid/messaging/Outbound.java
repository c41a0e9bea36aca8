package org.civicgrid.messaging;

/**
 * Outbound messages by SMS (Alibaba Cloud SMS) and to WeCom group robots (企业微信群机器人). {@link #send} records the
 * delivery in the caller's transaction and returns; a worker sends it after commit, retries transient failures
 * with backoff, keeps each channel's rate limit across the nodes, holds non-emergency SMS until the quiet hours
 * end and honours each member's choice of the kinds that reach them by SMS. Each recipient gets a message at most
 * once per message key and channel. Phones are opened from the registry's vault only when sent and never stored
 * or logged in clear. See {@code docs/messaging-outbound.md}.
 */
public interface Outbound {

	/**
	 * Records one message for one recipient, or finds the one recorded before under the same message key,
	 * recipient and channel.
	 *
	 * @throws org.civicgrid.shared.InvalidInputException naming the field when the request is incomplete, its content
	 *         does not fit the recipient (an SMS template for a robot), or the robot is not configured
	 */
	OutboundReceipt send(OutboundRequest request);
}

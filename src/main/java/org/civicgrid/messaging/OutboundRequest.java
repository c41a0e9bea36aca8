package org.civicgrid.messaging;

/**
 * One outbound message to one recipient.
 *
 * @param messageKey what the message is, for at-most-once: the post or broadcast and the purpose
 *        ({@code broadcast:42:unacknowledged}); the same key, recipient and channel is delivered once however often
 *        it is asked for, on however many nodes
 * @param recipient a person (SMS) or a group robot (WeCom)
 * @param kind the kind of post, for the quiet hours and the member's preferences
 * @param regionCode the region the message concerns (the channel's), which bounds who sees it in the delivery log
 * @param content an SMS template for a person, text or markdown for a robot
 */
public record OutboundRequest(String messageKey, OutboundRecipient recipient, PostKind kind, String regionCode,
		OutboundContent content) {
}

package org.civicgrid.messaging.internal.outbound;

/**
 * One way out (SMS, a WeCom group robot), written against its provider's published HTTP protocol. An adapter sends
 * one message and says how it went; retries, rate limits, quiet hours and at-most-once are the worker's, so every
 * adapter gets them alike.
 */
public interface OutboundChannel {

	ChannelKind kind();

	/** Whether this node is configured to send on this channel; deliveries wait while it is not. */
	boolean ready();

	/** Sends one message; never throws for a failure of the provider or the network, answers it. */
	SendOutcome send(Dispatch dispatch);
}

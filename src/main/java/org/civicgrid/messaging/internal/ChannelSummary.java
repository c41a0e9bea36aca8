package org.civicgrid.messaging.internal;

/** A channel as its reader lists it: the channel, their unread count, and their part in it. */
public record ChannelSummary(Channel channel, long unread, String part) {
}

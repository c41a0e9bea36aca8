package org.civicgrid.messaging.internal;

/** A channel of one region: its level, name, the code its QR poster carries, and the sequence of its last post. */
public record Channel(long id, ChannelLevel level, String regionCode, String name, String joinCode, long lastSeq) {
}

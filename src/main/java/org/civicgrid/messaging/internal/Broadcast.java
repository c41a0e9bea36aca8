package org.civicgrid.messaging.internal;

import java.time.Instant;
import java.util.List;

/**
 * An emergency broadcast (联动应急) as its sender follows it: how many people it reached in how many channels, how
 * many acknowledged, per channel, and when those who did not are (or were) sent an SMS: how many were, and how
 * many the registry knows no phone of.
 */
public record Broadcast(long id, String regionCode, String title, String body, int ackMinutes, String sentBy,
		Instant sentAt, Instant smsDueAt, Instant smsDoneAt, Integer smsCount, Integer smsUnreachable, int reached,
		int acknowledged, List<ChannelAcks> channels) {

	/** One channel's post of the broadcast and its acknowledgements. */
	public record ChannelAcks(long channelId, String name, long postId, int members, int acknowledged) {
	}
}

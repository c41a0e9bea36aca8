package org.civicgrid.messaging.internal;

import java.time.Instant;

/**
 * A resident's question on the answer clock: where it was asked and stands now, when it was to be responded to and
 * replied to, who did and when, how often it rose a level, and its colour now ({@code GREEN} on time,
 * {@code YELLOW} not responded to in time, {@code RED} not replied to in time, {@code ANSWERED}).
 */
public record Question(long postId, long channelId, String channelName, String regionCode, ChannelLevel level,
		String authorName, String body, Instant askedAt, Instant respondDue, Instant replyDue,
		Instant firstReplyDue, Instant respondedAt, String respondedBy, Instant repliedAt, String repliedBy,
		int rises, String colour) {
}

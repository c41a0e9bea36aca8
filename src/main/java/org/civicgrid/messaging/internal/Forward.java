package org.civicgrid.messaging.internal;

import java.time.Instant;

/**
 * A resident's post forwarded up to a case (逐级转发): where it came from and where it stands now, its case once
 * filed with the public step last posted back and the resident's rating, and the moments the figures measure.
 * {@code state}: {@code FORWARDED} (on its way up), {@code FILED} (a case), {@code CLOSED} (the case ended).
 */
public record Forward(long postId, long originChannelId, String originChannelName, long atChannelId,
		String atChannelName, ChannelLevel atLevel, long atPostId, String regionCode, String state, Long caseId,
		String caseNumber, String caseStep, Integer score, String authorName, String body, int hops,
		Instant postedAt, Instant forwardedAt, Instant filedAt, Instant closedAt) {

	/** Whether a case was filed from it already. */
	public boolean filed() {
		return caseId != null;
	}

	/** One hop up: from which channel to which, who forwarded it and why. */
	public record Hop(int hop, String fromChannel, String toChannel, long copyId, String note, String by,
			Instant at) {
	}
}

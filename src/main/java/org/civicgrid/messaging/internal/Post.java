package org.civicgrid.messaging.internal;

import java.time.Instant;

import org.civicgrid.messaging.PostKind;

/**
 * A post of a channel at its place in the channel's sequence; a reply names its thread's first post. Hidden posts
 * keep their place and lose their words for everyone but the channel's owners. {@code receipts} counts
 * confirmations of a notice or acknowledgements of an emergency; {@code mine} says whether the reader gave one. A
 * forwarded copy names the post it carries ({@code forwardOf}); a step posted back into a thread names the step
 * ({@code caseStep}: {@code FORWARDED}, a {@link org.civicgrid.casework.PublicStep}, or {@code RATED}).
 */
public record Post(long id, long channelId, long seq, PostKind kind, Long parentId, Long authorId, String authorName,
		boolean authorStaff, String title, String body, String link, String itemCode, boolean confirmRead,
		boolean pinned, boolean hidden, Instant createdAt, int replies, int receipts, boolean mine, Long forwardOf,
		String caseStep) {
}

package org.civicgrid.registry;

import java.time.Instant;

/**
 * A run of the vault's key rotation, started by {@code owner}. When it started, {@code total} sealed values
 * carried a key id other than {@code activeKeyId}; so far {@code resealed} of them were sealed again under the
 * active key, {@code changed} were rewritten meanwhile by someone else (so already under the active key) and
 * {@code unreadable} could not be opened (their key is no longer configured, or the bytes were altered) and stay
 * as they are. {@code progress} is in percent; {@code error} says in the caller's language why a FAILED run stopped.
 */
public record ResealJob(long id, ResealState state, String owner, String activeKeyId, long total, long resealed,
		long changed, long unreadable, int progress, String error, Instant createdAt, Instant heartbeatAt,
		Instant finishedAt) {
}

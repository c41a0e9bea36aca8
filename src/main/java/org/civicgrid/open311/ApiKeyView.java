package org.civicgrid.open311;

import java.time.Instant;

/** An API key as admins see it: never the key itself, only its first characters ({@code hint}). */
public record ApiKeyView(long id, String label, String hint, Instant createdAt, String createdBy,
		Instant revokedAt, String revokedBy, boolean active) {

	public ApiKeyView(long id, String label, String hint, Instant createdAt, String createdBy, Instant revokedAt,
			String revokedBy) {
		this(id, label, hint, createdAt, createdBy, revokedAt, revokedBy, revokedAt == null);
	}
}

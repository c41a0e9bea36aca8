package org.civicgrid.services.internal;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One version of an item with its history: who saved it and when, who published it and when (both null for the
 * draft), the fields it changed against the version published before it, and the publisher's note.
 * {@code current} is the version residents read.
 */
public record ItemVersion(ServiceItem item, int version, String savedBy, Instant savedAt, String publishedBy,
		Instant publishedAt, List<String> changes, String note, boolean current) {

	public ItemVersion {
		changes = List.copyOf(changes);
	}

	@JsonProperty
	public boolean draft() {
		return publishedAt == null;
	}
}

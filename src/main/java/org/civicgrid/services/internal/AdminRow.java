package org.civicgrid.services.internal;

import java.time.Instant;

/**
 * An item as the admins' list shows it: its newest version (the draft, if there is one) and the version residents
 * read ({@code published}, null for an item never published).
 */
public record AdminRow(String code, String name, ServiceCategory category, ServiceLevel level, Integer published,
		int newest, boolean draft, String savedBy, Instant savedAt) {
}

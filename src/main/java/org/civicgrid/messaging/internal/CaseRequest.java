package org.civicgrid.messaging.internal;

/**
 * What staff add to a forwarded post to make it a case: the category (required), and optionally the words (the
 * resident's own by default), the point (the courtyard's centre by default; {@code crs} {@code gcj02} for a phone
 * map) and the address.
 */
public record CaseRequest(String categoryCode, String description, Double lat, Double lng, String crs,
		String address) {
}

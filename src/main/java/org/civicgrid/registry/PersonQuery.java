package org.civicgrid.registry;

/**
 * What to look for; every criterion given must match. {@code q} is a substring of the name, {@code idNumber}
 * and {@code phone} match exactly (after normalizing), {@code tag} is one configured tag, {@code region} a
 * region code prefix. Blank criteria are ignored.
 */
public record PersonQuery(String q, String idNumber, String phone, String tag, String region) {

	public static PersonQuery all() {
		return new PersonQuery(null, null, null, null, null);
	}
}

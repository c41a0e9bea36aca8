package org.civicgrid.shared;

import java.io.Serial;
import java.io.Serializable;

/**
 * The part of the grid hierarchy a caller may see: every region whose code starts with {@code prefix}.
 * Region codes nest (county 6, street 9, community 12, grid 15, building 18 digits), so a scope is a prefix.
 * {@link #NONE} sees nothing. Repository queries on scoped data take a scope and bound themselves with
 * {@link #likePattern()}.
 */
public record RegionScope(String prefix) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public static final RegionScope NONE = new RegionScope(null);

	/** Everything: for the system itself (the demo loader, migrations), never for a caller. */
	public static final RegionScope ALL = new RegionScope("");

	public static RegionScope of(String regionCode) {
		return regionCode == null || regionCode.isBlank() ? NONE : new RegionScope(regionCode);
	}

	public boolean isNone() {
		return prefix == null;
	}

	public boolean covers(String code) {
		return prefix != null && code != null && code.startsWith(prefix);
	}

	/** Whether every region this other scope covers is covered by this one. */
	public boolean includes(RegionScope other) {
		return !other.isNone() && covers(other.prefix);
	}

	/** Throws {@link OutOfScopeException} unless the code lies in this scope. */
	public void require(String code) {
		if (!covers(code)) {
			throw new OutOfScopeException(code);
		}
	}

	/** A SQL LIKE pattern matching every code in scope; matches nothing for {@link #NONE}. */
	public String likePattern() {
		return prefix == null ? "\u0000" : prefix + "%";
	}
}

package org.civicgrid.shared;

import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The code of a region in the grid hierarchy: 6 digits for a county, 9 for a street, 12 for a community, 15 for
 * a grid and 18 for a building courtyard, each level adding three digits to its parent's. The only place that
 * knows how long a level's code is; everything that climbs the hierarchy, finds a level or bounds a scope asks
 * this type.
 */
public record RegionCode(String value) implements Comparable<RegionCode>, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	/** Digits a level adds to its parent's code. */
	private static final int STEP = 3;

	public RegionCode {
		if (levelOf(value) == null) {
			throw new IllegalArgumentException("Not a region code: " + value);
		}
	}

	@JsonCreator
	public static RegionCode of(String value) {
		return new RegionCode(value);
	}

	/** The code, if the text is one: 6 to 18 ASCII digits in steps of three; empty for anything else. */
	public static Optional<RegionCode> parse(String value) {
		return levelOf(value) == null ? Optional.empty() : Optional.of(new RegionCode(value));
	}

	/** Whether the text is a region code of that level. */
	public static boolean isOf(String value, RegionLevel level) {
		return levelOf(value) == level;
	}

	public RegionLevel level() {
		return levelOf(value);
	}

	/** The region above, or empty for a county. */
	public Optional<RegionCode> parent() {
		return level().parent().map(this::at);
	}

	/**
	 * The code of the region at that level that contains this one (this code itself at its own level).
	 * @throws IllegalArgumentException if the level lies below this code's
	 */
	public RegionCode at(RegionLevel level) {
		if (level.codeLength() > value.length()) {
			throw new IllegalArgumentException(level + " lies below " + value);
		}
		return level.codeLength() == value.length() ? this : new RegionCode(value.substring(0, level.codeLength()));
	}

	/** Whether this region is the other one or lies inside it. */
	public boolean isWithin(RegionCode other) {
		return value.startsWith(other.value);
	}

	/** Everything in this region, as a caller's scope. */
	public RegionScope scope() {
		return new RegionScope(value);
	}

	@Override
	public int compareTo(RegionCode other) {
		return value.compareTo(other.value);
	}

	@JsonValue
	@Override
	public String toString() {
		return value;
	}

	private static RegionLevel levelOf(String value) {
		if (value == null || value.length() % STEP != 0) {
			return null;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return null;
			}
		}
		for (RegionLevel level : RegionLevel.values()) {
			if (level.codeLength() == value.length()) {
				return level;
			}
		}
		return null;
	}
}

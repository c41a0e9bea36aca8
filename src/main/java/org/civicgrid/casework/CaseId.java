package org.civicgrid.casework;

/** A case's identity. */
public record CaseId(long value) {

	public CaseId {
		if (value <= 0) {
			throw new IllegalArgumentException("A case id is positive, not " + value);
		}
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}

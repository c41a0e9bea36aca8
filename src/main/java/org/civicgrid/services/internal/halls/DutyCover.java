package org.civicgrid.services.internal.halls;

/**
 * Who serves a counter on a day (AB角): its A; its B because A is away or not named; nobody because everyone named
 * is away ({@code UNCOVERED}, shown as a warning); or nobody named at all ({@code UNSTAFFED}).
 */
public enum DutyCover {
	A, B, UNCOVERED, UNSTAFFED;

	/**
	 * The A/B post rule: A serves unless away; then B unless away. A name that is null or blank is nobody.
	 */
	static DutyCover of(String staffA, boolean aAway, String staffB, boolean bAway) {
		boolean hasA = staffA != null && !staffA.isBlank();
		boolean hasB = staffB != null && !staffB.isBlank();
		if (hasA && !aAway) {
			return A;
		}
		if (hasB && !bAway) {
			return B;
		}
		return hasA || hasB ? UNCOVERED : UNSTAFFED;
	}
}

package org.civicgrid.services.internal.requests;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a request (办件) stands: accepted (受理), in progress (办理中), waiting for the missing materials (补正),
 * done (办结) or not accepted (不予受理). The allowed moves are one table ({@link RequestAction#from}).
 */
public enum RequestStatus {
	ACCEPTED, IN_PROGRESS, SUPPLEMENT, DONE, NOT_ACCEPTED;

	public boolean finished() {
		return this == DONE || this == NOT_ACCEPTED;
	}

	/** The steps a resident reads on a phone, in order; a refusal ends the line early. */
	static final Map<RequestStatus, Set<RequestStatus>> REACHED = Map.of(ACCEPTED, EnumSet.of(ACCEPTED), IN_PROGRESS,
			EnumSet.of(ACCEPTED, IN_PROGRESS), SUPPLEMENT, EnumSet.of(ACCEPTED, IN_PROGRESS, SUPPLEMENT), DONE,
			EnumSet.of(ACCEPTED, IN_PROGRESS, DONE), NOT_ACCEPTED, EnumSet.of(ACCEPTED, NOT_ACCEPTED));
}

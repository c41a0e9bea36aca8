package org.civicgrid.services.internal.requests;

import org.civicgrid.casework.Colour;

/** A staff list's filter: words (number, resident, item), a colour, a status and the hall; each may be null. */
public record RequestQuery(String text, Colour colour, RequestStatus status, String hall) {

	public static RequestQuery all() {
		return new RequestQuery(null, null, null, null);
	}
}

package org.civicgrid.services.internal.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.civicgrid.casework.Colour;

/**
 * A request (办件) as staff and the API read it: the item, the resident, who first received it and who owns it now,
 * where it stands, how it is handled, its promised day and colour, and what the hall asked or answered.
 */
public record ServiceRequest(long id, String number, String itemCode, String itemName, String regionCode, String hall,
		String counter, RequestChannel channel, Handling handling, RequestStatus status, String residentName,
		String residentPhone, Long residentAccount, Long personId, String receivedBy, String owner, String ownerUnit,
		int timeLimitDays, Instant acceptedAt, Instant deadline, LocalDate promisedDay, Colour colour,
		boolean clockStopped, List<String> missingMaterials, String reason, String result, Instant finishedAt,
		String finishedBy, List<String> allowedActions) {

	public ServiceRequest {
		missingMaterials = List.copyOf(missingMaterials);
		allowedActions = allowedActions == null ? List.of() : List.copyOf(allowedActions);
	}

	ServiceRequest withAllowedActions(List<String> actions) {
		return new ServiceRequest(id, number, itemCode, itemName, regionCode, hall, counter, channel, handling, status,
				residentName, residentPhone, residentAccount, personId, receivedBy, owner, ownerUnit, timeLimitDays,
				acceptedAt, deadline, promisedDay, colour, clockStopped, missingMaterials, reason, result, finishedAt,
				finishedBy, actions);
	}
}

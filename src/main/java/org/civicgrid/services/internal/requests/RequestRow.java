package org.civicgrid.services.internal.requests;

import java.time.Instant;
import java.util.List;

/** One {@code service_request} row as stored, the clock's columns included. */
record RequestRow(long id, String number, String itemCode, String itemName, String regionCode, String hall,
		String counter, RequestChannel channel, Handling handling, RequestStatus status, String residentName,
		String residentPhone, Long residentAccount, Long personId, String receivedBy, String owner, String ownerUnit,
		int timeLimitDays, Instant acceptedAt, Instant clockStarted, Instant deadline, Instant yellowFrom,
		Instant pausedSince, List<String> missingMaterials, boolean supplementAsked, String reason, String result,
		Instant finishedAt, String finishedBy) {

	RequestRow {
		missingMaterials = List.copyOf(missingMaterials);
	}

	/** The moment the colour is read at: when it finished, when the clock stopped for a supplement, else now. */
	Instant colourAt(Instant now) {
		return finishedAt != null ? finishedAt : pausedSince != null ? pausedSince : now;
	}

	ServiceRequest view(RequestClock clock, Instant now) {
		return new ServiceRequest(id, number, itemCode, itemName, regionCode, hall, counter, channel, handling, status,
				residentName, residentPhone, residentAccount, personId, receivedBy, owner, ownerUnit, timeLimitDays,
				acceptedAt, deadline, clock.day(deadline), clock.colour(clockStarted, deadline, colourAt(now)),
				pausedSince != null, missingMaterials, reason, result, finishedAt, finishedBy, List.of());
	}

	RequestRow with(RequestStatus newStatus) {
		return new RequestRow(id, number, itemCode, itemName, regionCode, hall, counter, channel, handling, newStatus,
				residentName, residentPhone, residentAccount, personId, receivedBy, owner, ownerUnit, timeLimitDays,
				acceptedAt, clockStarted, deadline, yellowFrom, pausedSince, missingMaterials, supplementAsked, reason,
				result, finishedAt, finishedBy);
	}
}

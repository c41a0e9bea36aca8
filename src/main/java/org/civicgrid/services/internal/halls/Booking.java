package org.civicgrid.services.internal.halls;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * An appointment: a resident's place in one 30-minute slot of a counter of a hall, for one item. {@code address} is
 * where a door-to-door service goes (empty at a hall); {@code rescheduledTo} the booking that replaced a moved one.
 */
public record Booking(long id, String hallCode, String hallName, int counterNo, String counterName, String itemCode,
		LocalDate date, LocalTime start, int placeNo, long accountId, String username, String displayName,
		BookingState state, Instant bookedAt, Instant changedAt, String changedBy, String address, Long rescheduledTo) {

	public LocalTime end() {
		return start.plusMinutes(HallHours.SLOT_MINUTES);
	}
}

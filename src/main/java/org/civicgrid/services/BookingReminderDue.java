package org.civicgrid.services;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A resident's appointment is tomorrow: the inbox reminds them once (the booking is claimed for its reminder in the
 * same transaction). Carries everything the message says, in the region of the hall.
 */
public record BookingReminderDue(long bookingId, long accountId, String regionCode, String hallName,
		String counterName, String itemName, LocalDate date, LocalTime start, Instant at) {
}

package org.civicgrid.services.internal.halls;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A walk-in ticket (取号): its number of the hall's day, the item, and once called the counter; {@code ahead} is how
 * many waiting tickets for items of the same counters come before it, {@code waitMinutes} the estimate.
 */
public record QueueTicket(long id, String hallCode, LocalDate date, int number, String itemCode, Long accountId,
		String state, Integer counterNo, Instant takenAt, Instant calledAt, int ahead, int waitMinutes) {
}

package org.civicgrid.services.internal.halls;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A walk-in ticket (取号): its number of the hall's day, the item, and once called the counter; {@code ahead} is how
 * many waiting tickets of the same item come before it, {@code waitMinutes} the estimate ({@link WaitEstimate});
 * {@code finishedAt} when it was served or skipped, {@code recalls} how often it was called again.
 */
public record QueueTicket(long id, String hallCode, LocalDate date, int number, String itemCode, Long accountId,
		QueueState state, Integer counterNo, Instant takenAt, Instant calledAt, Instant finishedAt, int recalls,
		int ahead, int waitMinutes) {

	QueueTicket estimated(WaitEstimate estimate) {
		return new QueueTicket(id, hallCode, date, number, itemCode, accountId, state, counterNo, takenAt, calledAt,
				finishedAt, recalls, ahead, state == QueueState.WAITING ? estimate.minutes(ahead) : 0);
	}
}

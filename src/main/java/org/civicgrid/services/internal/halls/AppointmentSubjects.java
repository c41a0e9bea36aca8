package org.civicgrid.services.internal.halls;

import org.civicgrid.services.internal.PublishedItemReader;
import org.civicgrid.services.internal.ServiceItem;
import org.civicgrid.services.internal.requests.RatableSubjects;
import org.civicgrid.services.internal.requests.RatedSubject;
import org.civicgrid.services.internal.requests.SubjectKind;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ConflictException;
import org.springframework.stereotype.Component;

/**
 * An appointment is rated by its resident once they were served (checked in at the hall): its hall, counter and item
 * go onto the rating for the satisfaction figures, the staff member who checked them in as the one who served.
 */
@Component
class AppointmentSubjects implements RatableSubjects {

	private final BookingService bookings;
	private final StoredHalls halls;
	private final PublishedItemReader items;

	AppointmentSubjects(BookingService bookings, StoredHalls halls, PublishedItemReader items) {
		this.bookings = bookings;
		this.halls = halls;
		this.items = items;
	}

	@Override
	public SubjectKind kind() {
		return SubjectKind.APPOINTMENT;
	}

	@Override
	public RatedSubject finishedOf(Caller resident, long id) {
		Booking b = bookings.own(resident, id);
		if (b.state() != BookingState.CHECKED_IN) {
			throw ConflictException.on("subjectId", "services.rating.not-finished");
		}
		String region = halls.hall(b.hallCode()).map(Hall::regionCode).orElse(null);
		String itemName = items.published(b.itemCode()).map(ServiceItem::name).orElse(b.itemCode());
		return new RatedSubject(SubjectKind.APPOINTMENT, id, b.date() + " " + b.start() + " " + itemName,
				b.accountId(), region, b.hallName(), b.counterName(), b.itemCode(), itemName, b.changedBy(), null);
	}
}

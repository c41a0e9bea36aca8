package org.civicgrid.inbox.internal;

import java.util.List;

import org.civicgrid.services.BookingReminderDue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The reminder of tomorrow's appointment into the resident's inbox. In the services' transaction that claims the
 * booking for its reminder: a claimed booking without its message would never be reminded.
 */
@Component
class BookingNotifications {

	private final InboxService inbox;

	BookingNotifications(InboxService inbox) {
		this.inbox = inbox;
	}

	@EventListener
	void on(BookingReminderDue event) {
		inbox.deliver(new Notice(null, null, event.regionCode(), "services.booking.reminder",
				List.of(event.itemName(), event.date().toString(), event.start().toString(), event.hallName(),
						event.counterName()),
				"booking-reminder:" + event.bookingId(), event.at()), List.of(event.accountId()));
	}
}

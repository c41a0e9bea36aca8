package org.civicgrid.services.internal.halls;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.civicgrid.services.BookingReminderDue;
import org.civicgrid.services.internal.CatalogReading;
import org.civicgrid.shared.time.WorkingTimeCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminder the day before: every live booking of tomorrow not yet reminded is claimed (one update, so two nodes
 * running this claim each booking once) and told as {@link BookingReminderDue} in the same transaction.
 */
@Service
public class BookingReminders {

	private final JdbcClient jdbc;
	private final CatalogReading catalog;
	private final ApplicationEventPublisher events;
	private final WorkingTimeCalendar calendar;
	private final Clock clock;

	BookingReminders(JdbcClient jdbc, CatalogReading catalog, ApplicationEventPublisher events,
			WorkingTimeCalendar calendar, Clock clock) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.events = events;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** Reminds every resident booked tomorrow who was not reminded yet; answers how many. */
	@Scheduled(initialDelayString = "${civicgrid.services.booking.remind-every:PT10M}",
			fixedDelayString = "${civicgrid.services.booking.remind-every:PT10M}")
	@Transactional
	public int remindTomorrow() {
		LocalDate tomorrow = LocalDate.now(clock.withZone(calendar.zone())).plusDays(1);
		List<BookingReminderDue> due = jdbc.sql("""
				update service_booking b set reminded_at = :at
				from service_hall h, service_counter c
				where b.day = :day and b.state = 'BOOKED' and b.reminded_at is null
				  and h.code = b.hall_code and c.hall_code = b.hall_code and c.number = b.counter_no
				returning b.id, b.account_id, b.region_code, h.name, c.name, b.item_code, b.day, b.start_time""")
			.param("at", java.sql.Timestamp.from(clock.instant())).param("day", Date.valueOf(tomorrow))
			.query((rs, n) -> new BookingReminderDue(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getDate(7).toLocalDate(), rs.getTime(8).toLocalTime(),
					clock.instant()))
			.list();
		due.stream().map(this::named).forEach(events::publishEvent);
		return due.size();
	}

	private BookingReminderDue named(BookingReminderDue d) {
		String name;
		try {
			name = catalog.published(d.itemName()).item().name();
		}
		catch (org.civicgrid.shared.NotFoundException e) {
			name = d.itemName();
		}
		return new BookingReminderDue(d.bookingId(), d.accountId(), d.regionCode(), d.hallName(), d.counterName(),
				name, d.date(), d.start(), d.at());
	}
}

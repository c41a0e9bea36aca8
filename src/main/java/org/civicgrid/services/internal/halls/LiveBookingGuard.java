package org.civicgrid.services.internal.halls;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.time.WorkingTimeCalendar;
import org.springframework.stereotype.Component;

/**
 * A change to a hall may not strand a resident's live booking of a slot still to come: a counter keeps the items
 * and the places its future bookings hold and is not taken out of service while it has any, the week keeps every
 * booked slot, and a day with bookings is not closed. Each refusal is a 409 naming the field whose change would
 * strand them, with the first such slot; the resident moves or cancels first.
 */
@Component
class LiveBookingGuard {

	private final StoredBookings bookings;
	private final WorkingTimeCalendar calendar;
	private final Clock clock;

	LiveBookingGuard(StoredBookings bookings, WorkingTimeCalendar calendar, Clock clock) {
		this.bookings = bookings;
		this.calendar = calendar;
		this.clock = clock;
	}

	void counterChange(CounterSetup before, CounterSetup after) {
		for (String item : before.items()) {
			if (!after.items().contains(item)) {
				List<StoredBookings.HeldSlot> held = held(before.hallCode(), before.number(), item);
				if (!held.isEmpty()) {
					throw ConflictException.on("items", "services.counter.item-booked", item, held.get(0).day(),
							held.get(0).start(), held.stream().mapToInt(StoredBookings.HeldSlot::booked).sum());
				}
			}
		}
		if (after.capacity() < before.capacity()) {
			held(before.hallCode(), before.number(), null).stream().filter(s -> s.highestPlace() > after.capacity())
				.findFirst().ifPresent(s -> {
					throw ConflictException.on("capacity", "services.counter.capacity-booked", s.day(), s.start(),
							s.highestPlace());
				});
		}
	}

	void retire(CounterSetup counter) {
		List<StoredBookings.HeldSlot> held = held(counter.hallCode(), counter.number(), null);
		if (!held.isEmpty()) {
			throw ConflictException.on("number", "services.counter.retire-booked", counter.number(), held.get(0).day(),
					held.get(0).start());
		}
	}

	void hours(String hallCode, HallHours next) {
		for (StoredBookings.HeldSlot s : held(hallCode, null, null)) {
			if (!next.slotsOn(s.day(), calendar).contains(s.start())) {
				throw ConflictException.on("periods", "services.hours.booked", s.day(), s.start(), s.booked());
			}
		}
	}

	void closure(String hallCode, java.time.LocalDate day) {
		int booked = held(hallCode, null, null).stream().filter(s -> s.day().equals(day))
			.mapToInt(StoredBookings.HeldSlot::booked).sum();
		if (booked > 0) {
			throw ConflictException.on("date", "services.closure.booked", day, booked);
		}
	}

	private List<StoredBookings.HeldSlot> held(String hall, Integer counter, String item) {
		LocalDateTime now = LocalDateTime.now(clock.withZone(calendar.zone()));
		return bookings.heldFrom(hall, counter, item, now.toLocalDate(), now.toLocalTime());
	}
}

package org.civicgrid.services.internal.halls;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.civicgrid.services.internal.CatalogReading;
import org.civicgrid.services.internal.CatalogReading.PublishedItem;
import org.civicgrid.services.internal.ServiceItem;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.ProblemException;
import org.civicgrid.shared.Role;
import org.civicgrid.shared.time.WorkingTimeCalendar;
import org.springframework.stereotype.Service;

/**
 * Appointments: a resident takes a place of a slot (one insert, decided by the database), sees and cancels their own
 * bookings until the deadline; a hall's staff in scope see the day per counter and check people in or mark
 * no-shows. Each booking step is its own short statement: no transaction spans the tries for a place.
 */
@Service
public class BookingService {

	/** How many times a booker whose place was won by another tries the next one before giving up. */
	private static final int TRIES = 200;

	private final StoredBookings bookings;
	private final StoredHalls halls;
	private final CatalogReading catalog;
	private final WorkingTimeCalendar calendar;
	private final BookingSettings settings;
	private final Clock clock;

	BookingService(StoredBookings bookings, StoredHalls halls, CatalogReading catalog, WorkingTimeCalendar calendar,
			BookingSettings settings, Clock clock) {
		this.bookings = bookings;
		this.halls = halls;
		this.catalog = catalog;
		this.calendar = calendar;
		this.settings = settings;
		this.clock = clock;
	}

	/** What a resident asks for; every field may be missing and is then named. */
	public record BookingRequest(String hall, String item, LocalDate date, LocalTime start) {
	}

	/** A booking with what to bring (the published item's materials). */
	public record Confirmation(Booking booking, String itemName, List<ServiceItem.Material> materials) {
	}

	public Confirmation book(Caller caller, BookingRequest request) {
		caller.requireRole(Role.RESIDENT);
		Hall hall = checked(request);
		PublishedItem item = catalog.published(request.item());
		LocalDate date = request.date();
		LocalTime start = request.start();
		blockedByNoShows(caller);
		if (bookings.heldBy(caller.accountId(), item.item().code(), date).isPresent()) {
			throw ConflictException.on("item", "services.booking.duplicate", item.item().name(), date);
		}
		for (int i = 0; i < TRIES; i++) {
			StoredBookings.Attempt attempt = bookings.take(hall.code(), item.item().code(), date, start, caller,
					hall.regionCode(), clock.instant());
			if (attempt instanceof StoredBookings.Taken taken) {
				return new Confirmation(bookings.find(taken.id()).orElseThrow(), item.item().name(),
						item.item().materials());
			}
			if (attempt instanceof StoredBookings.Full) {
				throw ConflictException.on("start", "services.booking.full", start);
			}
			if (bookings.heldBy(caller.accountId(), item.item().code(), date).isPresent()) {
				throw ConflictException.on("item", "services.booking.duplicate", item.item().name(), date);
			}
		}
		throw ConflictException.on("start", "services.booking.full", start);
	}

	/** Every refusal that does not depend on the other bookers, naming its field. */
	private Hall checked(BookingRequest r) {
		List<FieldProblem> missing = new java.util.ArrayList<>();
		if (r.hall() == null || r.hall().isBlank()) {
			missing.add(FieldProblem.of("hall", "validation.required"));
		}
		if (r.item() == null || r.item().isBlank()) {
			missing.add(FieldProblem.of("item", "validation.required"));
		}
		if (r.date() == null) {
			missing.add(FieldProblem.of("date", "validation.required"));
		}
		if (r.start() == null) {
			missing.add(FieldProblem.of("start", "validation.required"));
		}
		if (!missing.isEmpty()) {
			throw new InvalidInputException(missing);
		}
		Hall hall = halls.hall(r.hall()).orElseThrow(() -> invalid("hall", "services.hall.not-found", r.hall()));
		ServiceItem item;
		try {
			item = catalog.published(r.item()).item();
		}
		catch (NotFoundException e) {
			throw invalid("item", "services.item.not-found", r.item());
		}
		if (!item.bookable()) {
			throw invalid("item", "services.booking.not-bookable", item.name());
		}
		if (halls.counters(hall.code()).stream().noneMatch(c -> c.serves(item.code()))) {
			throw invalid("item", "services.hall.item-not-served", item.name(), hall.name());
		}
		LocalDateTime now = LocalDateTime.now(clock.withZone(calendar.zone()));
		if (!r.date().atTime(r.start()).isAfter(now)) {
			throw invalid(r.date().isBefore(now.toLocalDate()) ? "date" : "start", "services.booking.past");
		}
		if (r.date().isAfter(now.toLocalDate().plusDays(settings.daysAhead()))) {
			throw invalid("date", "services.booking.too-far", settings.daysAhead());
		}
		HallHours hours = halls.hours(hall.code());
		switch (hours.stateOn(r.date(), calendar)) {
			case CLOSURE -> throw invalid("date", "services.booking.closure", hall.name(), r.date());
			case HOLIDAY -> throw invalid("date", "services.booking.holiday", r.date());
			case NO_HOURS -> throw invalid("date", "services.booking.no-hours", hall.name(), r.date());
			case OPEN -> {
			}
		}
		if (!hours.slotsOn(r.date(), calendar).contains(r.start())) {
			throw invalid("start", "services.booking.outside-hours", r.start());
		}
		return hall;
	}

	private void blockedByNoShows(Caller caller) {
		LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
		LocalDate since = today.minusDays(settings.noShowWindow().toDays() + settings.noShowBlock().toDays());
		if (bookings.noShowsSince(caller.accountId(), today.minusDays(settings.noShowWindow().toDays()))
				< settings.noShowLimit()) {
			return;
		}
		LocalDate until = bookings.latestNoShowSince(caller.accountId(), since).orElse(today)
			.plusDays(settings.noShowBlock().toDays());
		throw ConflictException.on("item", "services.booking.no-show-blocked", settings.noShowLimit(), until);
	}

	private static ProblemException invalid(String field, String key, Object... args) {
		return new InvalidInputException(List.of(FieldProblem.of(field, key, args)));
	}

	public List<Booking> mine(Caller caller) {
		return bookings.ofAccount(caller.accountId());
	}

	/** One of the caller's own bookings; another's is unknown to them (404), as is one that does not exist. */
	public Booking own(Caller caller, long id) {
		return bookings.find(id).filter(b -> b.accountId() == caller.accountId())
			.orElseThrow(() -> new NotFoundException("services.booking.not-found", id));
	}

	/** Cancels one of the caller's live bookings until {@code cancelBefore} its start. */
	public Booking cancel(Caller caller, long id) {
		Booking booking = own(caller, id);
		if (booking.state() != BookingState.BOOKED) {
			throw ConflictException.on("state", "services.booking.not-booked", booking.state().words());
		}
		Instant deadline = deadline(booking);
		if (!clock.instant().isBefore(deadline)) {
			throw ConflictException.on("start", "services.booking.cancel-too-late", settings.cancelBefore().toMinutes());
		}
		bookings.move(id, BookingState.BOOKED, BookingState.CANCELLED, caller.username(), clock.instant());
		return bookings.find(id).orElseThrow();
	}

	/** The last moment the booking may be cancelled. */
	public Instant deadline(Booking booking) {
		return booking.date().atTime(booking.start()).atZone(calendar.zone()).toInstant().minus(settings.cancelBefore());
	}

	/** The hall's live bookings of a day per counter and time; staff whose scope covers the hall only. */
	public List<Booking> hallDay(Caller caller, String hallCode, LocalDate date) {
		requireStaffOf(caller, hallCode);
		return bookings.ofHallDay(hallCode, date);
	}

	public Booking checkIn(Caller caller, long id) {
		Booking booking = staffBooking(caller, id);
		LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
		if (!booking.date().equals(today)) {
			throw ConflictException.on("date", "services.booking.not-today", booking.date());
		}
		return moved(caller, booking, BookingState.CHECKED_IN);
	}

	public Booking noShow(Caller caller, long id) {
		Booking booking = staffBooking(caller, id);
		Instant start = booking.date().atTime(booking.start()).atZone(calendar.zone()).toInstant();
		if (clock.instant().isBefore(start)) {
			throw ConflictException.on("start", "services.booking.not-started", booking.start());
		}
		return moved(caller, booking, BookingState.NO_SHOW);
	}

	private Booking moved(Caller caller, Booking booking, BookingState to) {
		if (!bookings.move(booking.id(), BookingState.BOOKED, to, caller.username(), clock.instant())) {
			throw ConflictException.on("state", "services.booking.not-booked",
					bookings.find(booking.id()).orElseThrow().state().words());
		}
		return bookings.find(booking.id()).orElseThrow();
	}

	/** A booking of a hall in the caller's scope (staff only); 404 unknown, 403 another hall's. */
	public Booking forStaff(Caller caller, long id) {
		return staffBooking(caller, id);
	}

	private Booking staffBooking(Caller caller, long id) {
		Booking booking = bookings.find(id).orElseThrow(() -> new NotFoundException("services.booking.not-found", id));
		requireStaffOf(caller, booking.hallCode());
		return booking;
	}

	private Hall requireStaffOf(Caller caller, String hallCode) {
		if (!caller.role().isStaff()) {
			throw new org.civicgrid.shared.NotPermittedException();
		}
		Hall hall = halls.hall(hallCode).orElseThrow(() -> new NotFoundException("services.hall.not-found", hallCode));
		caller.scope().require(hall.regionCode());
		return hall;
	}
}

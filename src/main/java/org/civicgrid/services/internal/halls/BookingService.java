package org.civicgrid.services.internal.halls;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.civicgrid.services.internal.CatalogReading;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appointments: a resident takes a place of a slot (one insert, decided by the database), sees, cancels and moves
 * their own bookings until the deadline; a hall's staff in scope see the day per counter with who is on duty and
 * check people in or mark no-shows. Each booking step is its own short statement: no transaction spans the tries
 * for a place, except a move, whose new place and cancelled old one stand or fall together.
 */
@Service
public class BookingService {

	/** How many times a booker whose place was won by another tries the next one before giving up. */
	private static final int TRIES = 200;
	private static final int MAX_ADDRESS = 200;

	private final StoredBookings bookings;
	private final StoredHalls halls;
	private final CatalogReading catalog;
	private final WorkingTimeCalendar calendar;
	private final BookingSettings settings;
	private final DutyRoster duty;
	private final TransactionTemplate transactions;
	private final Clock clock;

	BookingService(StoredBookings bookings, StoredHalls halls, CatalogReading catalog, WorkingTimeCalendar calendar,
			BookingSettings settings, DutyRoster duty, TransactionTemplate transactions, Clock clock) {
		this.duty = duty;
		this.transactions = transactions;
		this.bookings = bookings;
		this.halls = halls;
		this.catalog = catalog;
		this.calendar = calendar;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * What a resident asks for; every field may be missing and is then named. {@code address} is where a grid's
	 * door-to-door service comes (required there, ignored at a hall).
	 */
	public record BookingRequest(String hall, String item, LocalDate date, LocalTime start, String address) {

		public BookingRequest(String hall, String item, LocalDate date, LocalTime start) {
			this(hall, item, date, start, null);
		}
	}

	/** Where a resident moves a booking to (改约): another slot of the same hall and item. */
	public record RescheduleRequest(LocalDate date, LocalTime start) {
	}

	/** A booking with what to bring (the published item's materials). */
	public record Confirmation(Booking booking, String itemName, List<ServiceItem.Material> materials) {
	}

	/**
	 * Three round trips: the hall with its hours, the published item, and one statement that checks no-shows and
	 * the item held that day, takes the first free place and returns the booking (tried again only when another
	 * booker won the place meanwhile).
	 */
	public Confirmation book(Caller caller, BookingRequest request) {
		caller.requireRole(Role.RESIDENT);
		Checked checked = checked(request);
		Booking booking = taken(caller, checked, request.date(), request.start(),
				address(checked.hall(), request.address()), 0, noShowRule());
		return new Confirmation(booking, checked.item().name(), checked.item().materials());
	}

	/** A request that passed every check not depending on other bookers: its hall and published item. */
	private record Checked(Hall hall, ServiceItem item) {
	}

	/**
	 * Tries the free places one after another until one is held (the booking), the slot is full (409 naming
	 * {@code start}), the resident holds the item that day in another booking than {@code except} (409 naming
	 * {@code item}) or is blocked by no-shows (409 naming {@code item}).
	 */
	private Booking taken(Caller caller, Checked checked, LocalDate date, LocalTime start, String address,
			long except, StoredBookings.NoShowRule noShows) {
		Hall hall = checked.hall();
		ServiceItem item = checked.item();
		for (int i = 0; i < TRIES; i++) {
			StoredBookings.Attempt attempt = bookings.take(hall.code(), item.code(), date, start, caller,
					hall.regionCode(), address, clock.instant(), except, noShows);
			if (attempt instanceof StoredBookings.Taken taken) {
				return taken.booking();
			}
			if (attempt instanceof StoredBookings.Full) {
				throw ConflictException.on("start", "services.booking.full", start);
			}
			if (attempt instanceof StoredBookings.Held) {
				throw ConflictException.on("item", "services.booking.duplicate", item.name(), date);
			}
			if (attempt instanceof StoredBookings.Blocked blocked) {
				throw ConflictException.on("item", "services.booking.no-show-blocked", settings.noShowLimit(),
						blocked.latest().plusDays(settings.noShowBlock().toDays()));
			}
		}
		throw ConflictException.on("start", "services.booking.full", start);
	}

	/**
	 * Moves one of the caller's live bookings to another slot of the same hall and item (改约), until the same
	 * deadline as cancelling. Atomic: the new place is taken with the booking's own guarded insert and the old
	 * booking cancelled in one transaction, so when the new slot is full (409 naming {@code start}) or refused the
	 * old booking stands as it was. The new booking is reminded afresh.
	 */
	public Confirmation reschedule(Caller caller, long id, RescheduleRequest request) {
		caller.requireRole(Role.RESIDENT);
		Booking old = own(caller, id);
		List<FieldProblem> missing = new java.util.ArrayList<>();
		if (request.date() == null) {
			missing.add(FieldProblem.of("date", "validation.required"));
		}
		if (request.start() == null) {
			missing.add(FieldProblem.of("start", "validation.required"));
		}
		if (!missing.isEmpty()) {
			throw new InvalidInputException(missing);
		}
		if (old.state() != BookingState.BOOKED) {
			throw ConflictException.on("state", "services.booking.not-booked", old.state());
		}
		if (!clock.instant().isBefore(deadline(old))) {
			throw ConflictException.on("start", "services.booking.reschedule-too-late",
					settings.cancelBefore().toMinutes());
		}
		if (old.date().equals(request.date()) && old.start().equals(request.start())) {
			throw invalid("start", "services.booking.reschedule-same", request.start());
		}
		Checked checked = checked(new BookingRequest(old.hallCode(), old.itemCode(), request.date(),
				request.start(), old.address()));
		StoredBookings.NoShowRule none = StoredBookings.NoShowRule.none(request.date());
		Booking moved = transactions.execute(tx -> {
			if (!bookings.move(id, BookingState.BOOKED, BookingState.CANCELLED, caller.username(), clock.instant())) {
				throw ConflictException.on("state", "services.booking.not-booked",
						bookings.find(id).orElseThrow().state());
			}
			Booking next = taken(caller, checked, request.date(), request.start(), old.address(), id, none);
			bookings.replacedBy(id, next.id());
			return next;
		});
		return new Confirmation(moved, checked.item().name(), checked.item().materials());
	}

	/** The address a door-to-door booking is served at; nothing at a hall. */
	private static String address(Hall hall, String address) {
		return hall.level().atHome() && address != null ? address.strip() : "";
	}

	/** Every refusal that does not depend on the other bookers, naming its field. */
	private Checked checked(BookingRequest r) {
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
		StoredHalls.ForBooking found = halls.forBooking(r.hall(), r.item(), r.date())
			.orElseThrow(() -> invalid("hall", "services.hall.not-found", r.hall()));
		Hall hall = found.hall();
		ServiceItem item = catalog.publishedItem(r.item())
			.orElseThrow(() -> invalid("item", "services.item.not-found", r.item()));
		if (!item.bookable()) {
			throw invalid("item", "services.booking.not-bookable", item.name());
		}
		if (hall.level().atHome() && !item.atHome()) {
			throw invalid("item", "services.booking.not-at-home", item.name());
		}
		if (!found.serves()) {
			throw invalid("item", "services.hall.item-not-served", item.name(), hall.name());
		}
		if (hall.level().atHome() && (r.address() == null || r.address().isBlank())) {
			throw invalid("address", "services.booking.address-required");
		}
		if (r.address() != null && r.address().strip().length() > MAX_ADDRESS) {
			throw invalid("address", "validation.too-long", MAX_ADDRESS);
		}
		LocalDateTime now = LocalDateTime.now(clock.withZone(calendar.zone()));
		if (!r.date().atTime(r.start()).isAfter(now)) {
			throw invalid(r.date().isBefore(now.toLocalDate()) ? "date" : "start", "services.booking.past");
		}
		if (r.date().isAfter(now.toLocalDate().plusDays(settings.daysAhead()))) {
			throw invalid("date", "services.booking.too-far", settings.daysAhead());
		}
		HallHours hours = found.hours();
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
		return new Checked(hall, item);
	}

	/** The no-show rule of today: who had too many lately may not book until the block ends. */
	private StoredBookings.NoShowRule noShowRule() {
		LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
		long window = settings.noShowWindow().toDays();
		return new StoredBookings.NoShowRule(today.minusDays(window),
				today.minusDays(window + settings.noShowBlock().toDays()), settings.noShowLimit());
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

	/** A booking of a hall's day with who is on duty at its counter that day (AB角). */
	public record DayBooking(@JsonUnwrapped Booking booking, String onDuty, String onDutyName, DutyCover cover) {
	}

	/** The hall's live bookings of a day, each with its counter's staff on duty; staff in scope only. */
	public List<DayBooking> hallDayOnDuty(Caller caller, String hallCode, LocalDate date) {
		List<Booking> list = hallDay(caller, hallCode, date);
		java.util.Map<Integer, CounterDuty> byCounter = new java.util.HashMap<>();
		duty.on(hallCode, date).forEach(d -> byCounter.put(d.number(), d));
		return list.stream().map(b -> {
			CounterDuty d = byCounter.get(b.counterNo());
			return d == null ? new DayBooking(b, null, null, DutyCover.UNSTAFFED)
					: new DayBooking(b, d.onDuty(), d.onDutyName(), d.cover());
		}).toList();
	}

	/** Who serves each counter of the hall that day, with a warning where nobody does; staff in scope only. */
	public List<CounterDuty> duty(Caller caller, String hallCode, LocalDate date) {
		requireStaffOf(caller, hallCode);
		return duty.on(hallCode, date);
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

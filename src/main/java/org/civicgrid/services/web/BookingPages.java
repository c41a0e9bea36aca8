package org.civicgrid.services.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.civicgrid.services.internal.CatalogReading;
import org.civicgrid.services.internal.halls.Booking;
import org.civicgrid.services.internal.halls.BookingService;
import org.civicgrid.services.internal.halls.BookingService.BookingRequest;
import org.civicgrid.services.internal.halls.BookingService.RescheduleRequest;
import org.civicgrid.services.internal.halls.BookingState;
import org.civicgrid.services.internal.halls.HallReading;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ProblemException;
import org.civicgrid.shared.time.WorkingTimeCalendar;
import org.civicgrid.shared.web.ProblemText;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Booking on a phone: the item's halls, then a day of the next two weeks, then a slot with its free places (and at
 * a grid's door-to-door service the address to come to), then the confirmation with the materials to bring; and the
 * resident's own appointments with cancelling and moving (改约) on the same day and slot picker. A refusal (a slot
 * taken meanwhile) is said on the page in words, the choice kept.
 */
@Controller
class BookingPages {

	private final CatalogReading catalog;
	private final HallReading halls;
	private final BookingService bookings;
	private final ProblemText problems;
	private final MessageSource messages;
	private final WorkingTimeCalendar calendar;
	private final Clock clock;

	BookingPages(CatalogReading catalog, HallReading halls, BookingService bookings, ProblemText problems,
			MessageSource messages, WorkingTimeCalendar calendar, Clock clock) {
		this.messages = messages;
		this.catalog = catalog;
		this.halls = halls;
		this.bookings = bookings;
		this.problems = problems;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** A day a resident may choose, and whether the hall opens then. */
	public record Day(LocalDate date, boolean open) {
	}

	@GetMapping("/services/book")
	String book(@RequestParam String item, @RequestParam(required = false) String hall,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
		model.addAttribute("published", catalog.published(item));
		model.addAttribute("halls", halls.serving(item));
		if (hall != null && !hall.isBlank()) {
			slots(hall, item, date, model);
		}
		return "services/halls/book";
	}

	/** The hall, its next two weeks and, once a day is chosen, that day's slots: the picker booking and moving share. */
	private void slots(String hall, String item, LocalDate date, Model model) {
		HallReading.HallView view = halls.hall(hall);
		model.addAttribute("hall", view);
		LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
		List<Day> days = new ArrayList<>();
		for (int i = 0; i <= 14; i++) {
			LocalDate d = today.plusDays(i);
			days.add(new Day(d, halls.hours(hall).stateOn(d, calendar).name().equals("OPEN")));
		}
		model.addAttribute("days", days);
		if (date != null) {
			model.addAttribute("date", date);
			model.addAttribute("day", halls.day(hall, item, date));
		}
	}

	@PostMapping("/services/book")
	String confirm(@AuthenticationPrincipal Caller caller, @RequestParam String item, @RequestParam String hall,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @RequestParam LocalTime start,
			@RequestParam(required = false) String address, Model model, Locale locale) {
		try {
			model.addAttribute("confirmation",
					bookings.book(caller, new BookingRequest(hall, item, date, start, address)));
			return "services/halls/confirmed";
		}
		catch (ProblemException e) {
			model.addAttribute("refusal", problems.of(e, locale));
			model.addAttribute("address", address);
			return book(item, hall, date, model);
		}
	}

	@GetMapping("/services/bookings")
	String mine(@AuthenticationPrincipal Caller caller, Model model) {
		List<Booking> mine = bookings.mine(caller);
		Instant now = clock.instant();
		model.addAttribute("bookings", mine);
		model.addAttribute("movable", mine.stream()
			.filter(b -> b.state() == BookingState.BOOKED && now.isBefore(bookings.deadline(b))).map(Booking::id)
			.collect(Collectors.toSet()));
		return "services/halls/bookings";
	}

	/** Moving a booking (改约): the booking's hall and item, a day of the next two weeks, a slot of that day. */
	@GetMapping("/services/bookings/{id}/reschedule")
	String reschedule(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
		Booking booking = bookings.own(caller, id);
		model.addAttribute("moving", booking);
		model.addAttribute("published", catalog.published(booking.itemCode()));
		model.addAttribute("halls", List.of());
		slots(booking.hallCode(), booking.itemCode(), date, model);
		return "services/halls/book";
	}

	@PostMapping("/services/bookings/{id}/reschedule")
	String moved(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @RequestParam LocalTime start,
			Model model, Locale locale, RedirectAttributes flash) {
		try {
			Booking moved = bookings.reschedule(caller, id, new RescheduleRequest(date, start)).booking();
			flash.addFlashAttribute("message", messages.getMessage("services.reschedule.done",
					new Object[] { moved.date().toString(), moved.start().toString() }, locale));
			return "redirect:/services/bookings#booking-" + moved.id();
		}
		catch (ProblemException e) {
			model.addAttribute("refusal", problems.of(e, locale));
			return reschedule(caller, id, date, model);
		}
	}

	@PostMapping("/services/bookings/{id}/cancel")
	String cancel(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model, Locale locale) {
		try {
			bookings.cancel(caller, id);
		}
		catch (ProblemException e) {
			model.addAttribute("refusal", problems.of(e, locale));
			return mine(caller, model);
		}
		return "redirect:/services/bookings";
	}
}

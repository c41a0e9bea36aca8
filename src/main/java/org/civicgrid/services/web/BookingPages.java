package org.civicgrid.services.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.civicgrid.services.internal.CatalogReading;
import org.civicgrid.services.internal.halls.BookingService;
import org.civicgrid.services.internal.halls.BookingService.BookingRequest;
import org.civicgrid.services.internal.halls.HallReading;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ProblemException;
import org.civicgrid.shared.time.WorkingTimeCalendar;
import org.civicgrid.shared.web.ProblemText;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Booking on a phone: the item's halls, then a day of the next two weeks, then a slot with its free places, then
 * the confirmation with the materials to bring; and the resident's own appointments with cancelling. A refusal (a
 * slot taken meanwhile) is said on the page in words, the choice kept.
 */
@Controller
class BookingPages {

	private final CatalogReading catalog;
	private final HallReading halls;
	private final BookingService bookings;
	private final ProblemText problems;
	private final WorkingTimeCalendar calendar;
	private final Clock clock;

	BookingPages(CatalogReading catalog, HallReading halls, BookingService bookings, ProblemText problems,
			WorkingTimeCalendar calendar, Clock clock) {
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
		return "services/halls/book";
	}

	@PostMapping("/services/book")
	String confirm(@AuthenticationPrincipal Caller caller, @RequestParam String item, @RequestParam String hall,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @RequestParam LocalTime start,
			Model model, Locale locale) {
		try {
			model.addAttribute("confirmation", bookings.book(caller, new BookingRequest(hall, item, date, start)));
			return "services/halls/confirmed";
		}
		catch (ProblemException e) {
			model.addAttribute("refusal", problems.of(e, locale));
			return book(item, hall, date, model);
		}
	}

	@GetMapping("/services/bookings")
	String mine(@AuthenticationPrincipal Caller caller, Model model) {
		model.addAttribute("bookings", bookings.mine(caller));
		model.addAttribute("service", bookings);
		return "services/halls/bookings";
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

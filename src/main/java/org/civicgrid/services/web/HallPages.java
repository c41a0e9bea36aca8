package org.civicgrid.services.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.civicgrid.services.internal.halls.Booking;
import org.civicgrid.services.internal.halls.BookingService;
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
 * A hall's day for its staff on a PC: the bookings per counter in time order with check-in and no-show; and the
 * halls in the caller's scope to choose from.
 */
@Controller
class HallPages {

	private final HallReading halls;
	private final BookingService bookings;
	private final ProblemText problems;
	private final WorkingTimeCalendar calendar;
	private final Clock clock;

	HallPages(HallReading halls, BookingService bookings, ProblemText problems, WorkingTimeCalendar calendar,
			Clock clock) {
		this.halls = halls;
		this.bookings = bookings;
		this.problems = problems;
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping("/services/halls")
	String list(@AuthenticationPrincipal Caller caller, Model model) {
		model.addAttribute("halls", halls.all().stream()
			.filter(h -> caller.scope().covers(h.hall().regionCode())).toList());
		return "services/halls/halls";
	}

	@GetMapping("/services/halls/{code}/day")
	String day(@AuthenticationPrincipal Caller caller, @PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
		LocalDate day = date != null ? date : LocalDate.now(clock.withZone(calendar.zone()));
		List<Booking> list = bookings.hallDay(caller, code, day);
		HallReading.HallView hall = halls.hall(code);
		Map<Integer, List<Booking>> byCounter = new LinkedHashMap<>();
		hall.counters().forEach(c -> byCounter.put(c.number(),
				list.stream().filter(b -> b.counterNo() == c.number()).toList()));
		model.addAttribute("hall", hall);
		model.addAttribute("date", day);
		model.addAttribute("byCounter", byCounter);
		model.addAttribute("total", list.size());
		return "services/halls/day";
	}

	@PostMapping("/services/halls/{code}/day/{id}/{action}")
	String act(@AuthenticationPrincipal Caller caller, @PathVariable String code, @PathVariable long id,
			@PathVariable String action, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model, Locale locale) {
		try {
			if (action.equals("check-in")) {
				bookings.checkIn(caller, id);
			}
			else {
				bookings.noShow(caller, id);
			}
		}
		catch (ProblemException e) {
			model.addAttribute("refusal", problems.of(e, locale));
			return day(caller, code, date, model);
		}
		return "redirect:/services/halls/" + code + "/day?date=" + date;
	}
}

package org.civicgrid.services.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.civicgrid.services.internal.halls.Booking;
import org.civicgrid.services.internal.halls.BookingService;
import org.civicgrid.services.internal.halls.CounterDuty;
import org.civicgrid.services.internal.halls.DutyRoster;
import org.civicgrid.services.internal.halls.HallAdministration;
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
 * A hall's day for its staff on a PC: per counter who is on duty (A, or B covering, or a warning when both are
 * away) and the bookings in time order with check-in and no-show; and the halls in the caller's scope to choose
 * from, with their editor for those who manage them.
 */
@Controller
class HallPages {

	private final HallReading halls;
	private final BookingService bookings;
	private final HallAdministration admin;
	private final DutyRoster duty;
	private final ProblemText problems;
	private final WorkingTimeCalendar calendar;
	private final Clock clock;
	private final org.civicgrid.services.internal.requests.RequestService requests;

	HallPages(HallReading halls, BookingService bookings, HallAdministration admin, DutyRoster duty,
			ProblemText problems, WorkingTimeCalendar calendar, Clock clock,
			org.civicgrid.services.internal.requests.RequestService requests) {
		this.requests = requests;
		this.halls = halls;
		this.bookings = bookings;
		this.admin = admin;
		this.duty = duty;
		this.problems = problems;
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping("/services/halls")
	String list(@AuthenticationPrincipal Caller caller, Model model) {
		List<HallReading.HallView> inScope = halls.all().stream()
			.filter(h -> caller.scope().covers(h.hall().regionCode())).toList();
		model.addAttribute("halls", inScope);
		model.addAttribute("managed", inScope.stream().filter(h -> admin.mayManage(caller, h.hall()))
			.map(h -> h.hall().code()).collect(java.util.stream.Collectors.toSet()));
		model.addAttribute("mayOpen", admin.mayOpen(caller));
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
		Map<Integer, CounterDuty> dutyByCounter = new LinkedHashMap<>();
		duty.on(code, day).forEach(d -> dutyByCounter.put(d.number(), d));
		model.addAttribute("hall", hall);
		model.addAttribute("date", day);
		model.addAttribute("byCounter", byCounter);
		model.addAttribute("duty", dutyByCounter);
		model.addAttribute("mayManage", admin.mayManage(caller, hall.hall()));
		model.addAttribute("total", list.size());
		// the hall's open requests by colour, each leading to the list of them
		model.addAttribute("requestColours", requests.openByColour(caller, hall.hall().name()));
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

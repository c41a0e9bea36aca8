package org.civicgrid.services.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.services.internal.halls.CounterDuty;
import org.civicgrid.services.internal.halls.BookingService;
import org.civicgrid.services.internal.halls.HallReading;
import org.civicgrid.shared.Caller;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/services/halls")
@Tag(name = "services-halls", description = "Service halls and counters, their hours and a day's slots, and a "
		+ "hall's bookings for its staff")
class HallApiController {

	private final HallReading halls;
	private final BookingService bookings;

	HallApiController(HallReading halls, BookingService bookings) {
		this.halls = halls;
		this.bookings = bookings;
	}

	@GetMapping
	@Operation(summary = "Every hall with its counters; with item only the halls serving it (no account needed)")
	List<HallReading.HallView> list(@RequestParam(required = false) String item) {
		return item == null || item.isBlank() ? halls.all() : halls.serving(item);
	}

	@GetMapping("/{code}")
	@Operation(summary = "One hall with its counters")
	HallReading.HallView hall(@PathVariable String code) {
		return halls.hall(code);
	}

	@GetMapping("/{code}/slots")
	@Operation(summary = "A day's 30-minute slots of the hall for an item with the free places (no account needed); "
			+ "400 naming item when no counter there serves it")
	HallReading.HallDay slots(@PathVariable String code, @RequestParam String item,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return halls.day(code, item, date);
	}

	@GetMapping("/{code}/bookings")
	@Operation(summary = "The hall's live bookings of a day per counter and time, each with who is on duty at its "
			+ "counter that day (onDuty, onDutyName, cover A or B or UNCOVERED) (staff whose scope covers the hall)")
	List<BookingService.DayBooking> bookings(@AuthenticationPrincipal Caller caller, @PathVariable String code,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return bookings.hallDayOnDuty(caller, code, date);
	}

	@GetMapping("/{code}/duty")
	@Operation(summary = "Who is on duty at each counter of the hall that day by the A/B post rule (AB角): A unless "
			+ "away, then B; warning when both are away (staff whose scope covers the hall)")
	List<CounterDuty> duty(@AuthenticationPrincipal Caller caller, @PathVariable String code,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return bookings.duty(caller, code, date);
	}
}

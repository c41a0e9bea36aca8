package org.civicgrid.services.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.services.internal.halls.Booking;
import org.civicgrid.services.internal.halls.BookingService;
import org.civicgrid.services.internal.halls.BookingService.BookingRequest;
import org.civicgrid.services.internal.halls.BookingService.Confirmation;
import org.civicgrid.services.internal.halls.BookingService.RescheduleRequest;
import org.civicgrid.shared.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/services/bookings")
@Tag(name = "services-bookings", description = "Appointments (预约): residents book, list, move and cancel their own; "
		+ "a hall's staff check people in and mark no-shows")
class BookingApiController {

	private final BookingService bookings;

	BookingApiController(BookingService bookings) {
		this.bookings = bookings;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Book a place of a slot (residents); answers the booking and the materials to bring. 409 "
			+ "naming start when the slot is full; 422 naming the field for the past or closed days or hours")
	Confirmation book(@AuthenticationPrincipal Caller caller, @RequestBody BookingRequest request) {
		return bookings.book(caller, request);
	}

	@GetMapping("/mine")
	@Operation(summary = "The caller's own bookings, the latest day first")
	List<Booking> mine(@AuthenticationPrincipal Caller caller) {
		return bookings.mine(caller);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One of the caller's own bookings (404 for anyone else's)")
	Booking one(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return bookings.own(caller, id);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Cancel one of the caller's bookings until the deadline before its start")
	Booking cancel(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return bookings.cancel(caller, id);
	}

	@PostMapping("/{id}/reschedule")
	@Operation(summary = "Move one of the caller's bookings to another slot of the same hall and item (改约) until "
			+ "the cancelling deadline; atomic: when the new slot is full (409 naming start) the old booking stands")
	Confirmation reschedule(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestBody RescheduleRequest request) {
		return bookings.reschedule(caller, id, request);
	}

	@PostMapping("/{id}/check-in")
	@Operation(summary = "Check the resident in on the booking's day (the hall's staff)")
	Booking checkIn(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return bookings.checkIn(caller, id);
	}

	@PostMapping("/{id}/no-show")
	@Operation(summary = "Mark a booking whose time has begun as not come (the hall's staff)")
	Booking noShow(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return bookings.noShow(caller, id);
	}
}

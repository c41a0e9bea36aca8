package org.civicgrid.services.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.services.internal.requests.BookingIntake;
import org.civicgrid.services.internal.requests.ServiceRequest;
import org.civicgrid.shared.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "services-bookings")
class BookingIntakeApiController {

	private final BookingIntake intake;

	BookingIntakeApiController(BookingIntake intake) {
		this.intake = intake;
	}

	@PostMapping("/api/v1/services/bookings/{id}/request")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record the request (办件) of a checked-in appointment: the booking's resident, item, hall and "
			+ "counter filled in, the caller its first-question owner. 409 naming state before check-in, naming "
			+ "booking when it already has one")
	ServiceRequest record(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return intake.record(caller, id);
	}
}

package org.civicgrid.services.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.casework.Colour;
import org.civicgrid.services.internal.requests.NewRequest;
import org.civicgrid.services.internal.requests.RequestAction;
import org.civicgrid.services.internal.requests.RequestInput;
import org.civicgrid.services.internal.requests.RequestQuery;
import org.civicgrid.services.internal.requests.RequestService;
import org.civicgrid.services.internal.requests.RequestStatus;
import org.civicgrid.services.internal.requests.RequestStep;
import org.civicgrid.services.internal.requests.ServiceRequest;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/services/requests")
@Tag(name = "service requests", description = "Requests (办件): first-question recording, steps, hand-overs, "
		+ "supplements, deadlines and colours")
class RequestApiController {

	private final RequestService requests;

	RequestApiController(RequestService requests) {
		this.requests = requests;
	}

	@PostMapping
	@Operation(summary = "Record a request (首问登记): the recorder owns it until they hand it over")
	ResponseEntity<ServiceRequest> record(@AuthenticationPrincipal Caller caller,
			@Valid @RequestBody NewRequest input) {
		ServiceRequest r = requests.record(caller, input);
		return ResponseEntity.created(URI.create("/api/v1/services/requests/" + r.id())).body(r);
	}

	@GetMapping
	@Operation(summary = "The requests in the caller's scope: open ones by deadline first; filter by words, colour, status, hall (its name)")
	Paged<ServiceRequest> search(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String text,
			@RequestParam(required = false) Colour colour, @RequestParam(required = false) RequestStatus status,
			@RequestParam(required = false) String hall, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return requests.search(caller, new RequestQuery(text, colour, status, hall), PageRequest.of(page, size));
	}

	@GetMapping("/colours")
	@Operation(summary = "How many open requests in the caller's scope (of one hall, by its name) stand in each colour")
	Map<Colour, Long> colours(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String hall) {
		return requests.openByColour(caller, hall);
	}

	@GetMapping("/mine")
	@Operation(summary = "The resident's own requests")
	List<ServiceRequest> mine(@AuthenticationPrincipal Caller caller) {
		return requests.mine(caller);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One request: staff in scope, or its own resident (anyone else: 404)")
	ServiceRequest get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return requests.get(caller, id);
	}

	@GetMapping("/{id}/steps")
	@Operation(summary = "The request's steps; staff see the hand-overs (from, to, when, why), the resident the public ones")
	List<RequestStep> steps(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return requests.steps(caller, id);
	}

	@PostMapping("/{id}/actions/{action}")
	@Operation(summary = "A step: start, ask-supplement (materials), supplemented, finish (result), refuse (reason), "
			+ "hand-over (handTo, handToUnit, reason)")
	ServiceRequest act(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable String action,
			@Valid @RequestBody(required = false) RequestInput input) {
		RequestAction a = RequestAction.ofWire(action)
			.orElseThrow(() -> new NotFoundException("services.request.unknown-action", action));
		return requests.act(caller, id, a, input == null ? RequestInput.empty() : input);
	}
}

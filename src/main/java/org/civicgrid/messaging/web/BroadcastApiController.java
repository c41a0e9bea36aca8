package org.civicgrid.messaging.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.messaging.internal.Broadcast;
import org.civicgrid.messaging.internal.BroadcastService;
import org.civicgrid.messaging.internal.BroadcastService.NewBroadcast;
import org.civicgrid.shared.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/messaging/broadcasts")
@Tag(name = "messaging-emergency", description = "联动应急: a broadcast to every channel of a region with "
		+ "acknowledgements followed live, and an SMS to those who did not acknowledge in time")
class BroadcastApiController {

	private final BroadcastService broadcasts;

	BroadcastApiController(BroadcastService broadcasts) {
		this.broadcasts = broadcasts;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Broadcast an emergency to every channel of a region and below it (its owners: the street's "
			+ "staff, a community's staff); 422 naming the field, 403 out of scope")
	Broadcast send(@AuthenticationPrincipal Caller caller, @RequestBody NewBroadcast broadcast) {
		return broadcasts.send(caller, broadcast);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A broadcast with how many it reached and acknowledged, per channel")
	Broadcast one(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return broadcasts.get(caller, id);
	}
}

package org.civicgrid.messaging.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.messaging.internal.CaseRequest;
import org.civicgrid.messaging.internal.Forward;
import org.civicgrid.messaging.internal.ForwardFigures;
import org.civicgrid.messaging.internal.ForwardService;
import org.civicgrid.shared.Caller;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/messaging")
@Tag(name = "messaging-forwarding", description = "逐级转发: a resident's post forwarded up from the courtyard to the "
		+ "community and the street, filed as a case at any level, the case's steps posted back into the thread")
class ForwardApiController {

	/** Why staff forward a post (optional, at most 200 characters). */
	record ForwardNote(String note) {
	}

	private final ForwardService forwards;

	ForwardApiController(ForwardService forwards) {
		this.forwards = forwards;
	}

	@PostMapping("/posts/{id}/forward")
	@Operation(summary = "Forward a resident's post (or its copy above) one level up; staff in the channel where it "
			+ "stands. 409 once it is a case or at the street's channel, 403 for others")
	Forward forward(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestBody(required = false) ForwardNote note) {
		return forwards.forward(caller, id, note == null ? null : note.note());
	}

	@PostMapping("/posts/{id}/case")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "File a resident's post as a case (channel GROUP_MESSAGE, the resident its reporter) at any "
			+ "level it reached; 422 naming the field, 409 when it is a case already")
	Forward file(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody CaseRequest request) {
		return forwards.file(caller, id, request);
	}

	@GetMapping("/forwards")
	@Operation(summary = "Forwarded posts in the caller's scope, newest first, in a state (FORWARDED, FILED, CLOSED)")
	List<Forward> within(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String state) {
		return forwards.within(caller, state);
	}

	@GetMapping("/forwards/figures")
	@Operation(summary = "Minutes from post to case and from post to completion (median, 90th percentile) over the "
			+ "posts written in a period (the last 30 days by default), in the caller's scope")
	ForwardFigures figures(@AuthenticationPrincipal Caller caller,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return forwards.figures(caller, from, to);
	}

	@GetMapping("/forwards/{postId}")
	@Operation(summary = "A forwarded post with its hops")
	ForwardService.Forwarded one(@AuthenticationPrincipal Caller caller, @PathVariable long postId) {
		return forwards.one(caller, postId);
	}
}

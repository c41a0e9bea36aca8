package org.civicgrid.services.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.services.internal.halls.CalledNumber;
import org.civicgrid.services.internal.halls.QueueService;
import org.civicgrid.services.internal.halls.QueueTicket;
import org.civicgrid.services.internal.halls.QueueWaiting;
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
@RequestMapping("/api/v1/services")
@Tag(name = "services-queue", description = "The walk-in queue (取号): take a number, see the wait, call the next, "
		+ "call again, serve or skip, the hall's screen")
class QueueApiController {

	record TakeRequest(String item) {
	}

	private final QueueService queue;

	QueueApiController(QueueService queue) {
		this.queue = queue;
	}

	@PostMapping("/halls/{code}/queue")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Take a number of today's queue for an item (residents); answers how many wait before")
	QueueTicket take(@AuthenticationPrincipal Caller caller, @PathVariable String code,
			@RequestBody TakeRequest request) {
		return queue.take(caller, code, request.item());
	}

	@GetMapping("/queue/mine")
	@Operation(summary = "The caller's tickets of today with their wait")
	List<QueueTicket> mine(@AuthenticationPrincipal Caller caller) {
		return queue.mine(caller);
	}

	@PostMapping("/halls/{code}/counters/{counter}/call-next")
	@Operation(summary = "Call the next waiting ticket the counter serves (the hall's staff); 409 when none waits")
	QueueTicket callNext(@AuthenticationPrincipal Caller caller, @PathVariable String code,
			@PathVariable int counter) {
		return queue.callNext(caller, code, counter);
	}

	@GetMapping("/halls/{code}/queue")
	@Operation(summary = "Every ticket of the hall's day in number order with the wait (the hall's staff)")
	List<QueueTicket> hallToday(@AuthenticationPrincipal Caller caller, @PathVariable String code) {
		return queue.hallToday(caller, code);
	}

	@PostMapping("/halls/{code}/queue/{number}/recall")
	@Operation(summary = "Call a called ticket again (重呼); 409 naming state when it is not called")
	QueueTicket recall(@AuthenticationPrincipal Caller caller, @PathVariable String code, @PathVariable int number) {
		return queue.recall(caller, code, number);
	}

	@PostMapping("/halls/{code}/queue/{number}/served")
	@Operation(summary = "Mark a called ticket served (办结); 409 naming state when it is not called")
	QueueTicket served(@AuthenticationPrincipal Caller caller, @PathVariable String code, @PathVariable int number) {
		return queue.serve(caller, code, number);
	}

	@PostMapping("/halls/{code}/queue/{number}/skipped")
	@Operation(summary = "Mark a called ticket skipped (过号) when nobody came; 409 naming state when it is not called")
	QueueTicket skipped(@AuthenticationPrincipal Caller caller, @PathVariable String code, @PathVariable int number) {
		return queue.skip(caller, code, number);
	}

	@GetMapping("/halls/{code}/queue/waiting")
	@Operation(summary = "How many wait today in all and per item, for the hall's screen (no account needed)")
	QueueWaiting waiting(@PathVariable String code) {
		return queue.waiting(code);
	}

	@GetMapping("/halls/{code}/queue/called")
	@Operation(summary = "The latest numbers called today, for the hall's screen (no account needed)")
	List<CalledNumber> called(@PathVariable String code) {
		return queue.called(code);
	}
}

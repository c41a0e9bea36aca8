package org.civicgrid.services.web;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.services.internal.requests.Callback;
import org.civicgrid.services.internal.requests.CallbackInput;
import org.civicgrid.services.internal.requests.CallbackService;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/services/callbacks")
@Tag(name = "call-backs", description = "回访 tasks made by rule: every 差评 and a sample of the rest")
class CallbackApiController {

	private final CallbackService callbacks;

	CallbackApiController(CallbackService callbacks) {
		this.callbacks = callbacks;
	}

	@GetMapping
	@Operation(summary = "The call-backs in the caller's scope, open ones first (差评 first); done=true|false filters")
	Paged<Callback> list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Boolean done,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return callbacks.list(caller, done, PageRequest.of(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One call-back")
	Callback get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return callbacks.get(caller, id);
	}

	@PostMapping("/{id}/done")
	@Operation(summary = "Record the call: when, the answer, and whether the matter is reopened; only once")
	Callback done(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@Valid @RequestBody CallbackInput input) {
		return callbacks.complete(caller, id, input);
	}
}

package org.civicgrid.messaging.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.messaging.internal.NoticeReceipts;
import org.civicgrid.shared.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/messaging/posts/{id}")
@Tag(name = "messaging", description = "Three-level channels (三级联动平台)")
class NoticeApiController {

	private final NoticeReceipts receipts;

	NoticeApiController(NoticeReceipts receipts) {
		this.receipts = receipts;
	}

	@GetMapping("/receipts")
	@Operation(summary = "Who has confirmed a notice that asks for it and who has not (the channel's owners and "
			+ "moderators); 409 for a post that asks for no confirmation")
	NoticeReceipts.Receipts of(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return receipts.of(caller, id);
	}

	@PostMapping("/remind")
	@Operation(summary = "Remind by SMS those who have not confirmed and whom the registry knows, once per notice and "
			+ "member; answers how many were sent, had no phone on record, or were reminded before")
	NoticeReceipts.Reminded remind(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return receipts.remind(caller, id);
	}
}

package org.civicgrid.inbox.web;

import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.inbox.Inbox;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inbox")
@Tag(name = "inbox", description = "The caller's own messages about the cases they reported or answer for")
class InboxApiController {

	private final Inbox inbox;
	private final MessageText text;

	InboxApiController(Inbox inbox, MessageText text) {
		this.inbox = inbox;
		this.text = text;
	}

	@GetMapping
	@Operation(summary = "The caller's messages, newest first or as sorted; only the unread ones with unread=true")
	Paged<InboxMessageView> list(@AuthenticationPrincipal Caller caller,
			@RequestParam(defaultValue = "false") boolean unread, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size,
			@Parameter(description = "time,asc or time,desc; newest first when absent; an unknown field is a 400 "
					+ "naming sort")
			@RequestParam(required = false) String sort, Locale locale) {
		return inbox.list(caller, unread, PageRequest.of(page, size, sort)).map(m -> text.view(m, locale));
	}

	@GetMapping("/unread-count")
	@Operation(summary = "How many of the caller's messages are unread")
	Map<String, Long> unreadCount(@AuthenticationPrincipal Caller caller) {
		return Map.of("unread", inbox.unreadCount(caller));
	}

	@PostMapping("/{id}/read")
	@Operation(summary = "Mark one of the caller's messages read; 404 for any other id")
	InboxMessageView read(@AuthenticationPrincipal Caller caller, @PathVariable long id, Locale locale) {
		return text.view(inbox.markRead(caller, id), locale);
	}

	@PostMapping("/read-all")
	@Operation(summary = "Mark all the caller's messages read; answers how many were unread")
	Map<String, Long> readAll(@AuthenticationPrincipal Caller caller) {
		return Map.of("marked", (long) inbox.markAllRead(caller), "unread", inbox.unreadCount(caller));
	}
}

package org.civicgrid.inbox.web;

import java.time.Clock;
import java.util.Locale;

import org.civicgrid.inbox.Inbox;
import org.civicgrid.inbox.InboxMessage;
import org.civicgrid.shared.Caller;
import org.civicgrid.inbox.internal.InboxSorts;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The inbox page (phone first: one message a row, unread in bold, opening a message marks it read and shows its
 * case) and the unread badge the navigation bar loads with htmx.
 */
@Controller
class InboxPages {

	private final Inbox inbox;
	private final MessageText text;
	private final Clock clock;

	InboxPages(Inbox inbox, MessageText text, Clock clock) {
		this.inbox = inbox;
		this.text = text;
		this.clock = clock;
	}

	@GetMapping("/inbox")
	String list(@AuthenticationPrincipal Caller caller, @RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) String sort, Locale locale,
			Model model) {
		Sort sorted = InboxSorts.MESSAGES.known(sort);
		model.addAttribute("messages", inbox.list(caller, unread, PageRequest.of(page, 20).sortedBy(sorted))
			.map(m -> text.view(m, locale)));
		model.addAttribute("sort", sorted);
		model.addAttribute("unreadOnly", unread);
		model.addAttribute("unreadCount", inbox.unreadCount(caller));
		model.addAttribute("zone", clock.getZone());
		return "inbox/list";
	}

	@GetMapping("/inbox/badge")
	String badge(@AuthenticationPrincipal Caller caller, Model model) {
		model.addAttribute("unreadCount", inbox.unreadCount(caller));
		return "inbox/badge :: badge";
	}

	/** Opens the message: marks it read and goes to its case, or back to the inbox for a message without one. */
	@PostMapping("/inbox/{id:\\d+}/read")
	String open(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		InboxMessage message = inbox.markRead(caller, id);
		return message.caseId() == null ? "redirect:/inbox" : "redirect:/cases/" + message.caseId();
	}

	@PostMapping("/inbox/read-all")
	String readAll(@AuthenticationPrincipal Caller caller) {
		inbox.markAllRead(caller);
		return "redirect:/inbox";
	}
}

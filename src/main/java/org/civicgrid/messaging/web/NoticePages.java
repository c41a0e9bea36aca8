package org.civicgrid.messaging.web;

import java.util.Locale;

import org.civicgrid.messaging.internal.NoticeReceipts;
import org.civicgrid.shared.Caller;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A notice's receipts for its channel's owners and moderators: who confirmed, who has not, and the SMS reminder. */
@Controller
class NoticePages {

	private final NoticeReceipts receipts;
	private final MessageSource messages;

	NoticePages(NoticeReceipts receipts, MessageSource messages) {
		this.receipts = receipts;
		this.messages = messages;
	}

	@GetMapping("/messaging/posts/{id:\\d+}/receipts")
	String receipts(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
		model.addAttribute("receipts", receipts.of(caller, id));
		return "messaging/receipts";
	}

	@PostMapping("/messaging/posts/{id:\\d+}/remind")
	String remind(@AuthenticationPrincipal Caller caller, @PathVariable long id, Locale locale,
			RedirectAttributes flash) {
		NoticeReceipts.Reminded done = receipts.remind(caller, id);
		flash.addFlashAttribute("message", messages.getMessage("messaging.notice.reminded",
				new Object[] { done.sent(), done.unreachable(), done.already() }, locale));
		return "redirect:/messaging/posts/" + id + "/receipts";
	}
}

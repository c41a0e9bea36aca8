package org.civicgrid.messaging.web;

import java.util.Locale;

import org.civicgrid.messaging.internal.Broadcast;
import org.civicgrid.messaging.internal.BroadcastService;
import org.civicgrid.messaging.internal.BroadcastService.NewBroadcast;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ProblemException;
import org.civicgrid.shared.web.FormErrors;
import org.civicgrid.shared.web.PageForm;
import org.civicgrid.shared.web.PageForms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The emergency broadcast page (PC): the form, then the acknowledgements counting up per channel, live. */
@Controller
class BroadcastPages {

	static final PageForm SEND = PageForm.of(NewBroadcast.class)
		.field("regionCode", "messaging.broadcast.field.regionCode")
		.field("title", "messaging.broadcast.field.title")
		.field("body", "messaging.broadcast.field.body")
		.field("ackMinutes", "messaging.broadcast.field.ackMinutes");

	private final BroadcastService broadcasts;
	private final PageForms forms;

	BroadcastPages(BroadcastService broadcasts, PageForms forms) {
		this.broadcasts = broadcasts;
		this.forms = forms;
	}

	@GetMapping("/messaging/broadcasts/new")
	String form(@AuthenticationPrincipal Caller caller, Model model) {
		if (!model.containsAttribute("draft")) {
			model.addAttribute("draft", new NewBroadcast(caller.regionCode(), null, null, 10));
		}
		return "messaging/broadcast-new";
	}

	@PostMapping("/messaging/broadcasts")
	String send(@AuthenticationPrincipal Caller caller, @ModelAttribute NewBroadcast draft, Locale locale,
			Model model) {
		FormErrors errors = forms.check(SEND, draft, locale);
		if (!errors.any()) {
			try {
				return "redirect:/messaging/broadcasts/" + broadcasts.send(caller, draft).id();
			}
			catch (ProblemException e) {
				errors = forms.refused(SEND, e, locale);
			}
		}
		model.addAttribute("draft", draft);
		model.addAttribute("formErrors", errors.of("broadcast"));
		return form(caller, model);
	}

	@GetMapping("/messaging/broadcasts/{id:\\d+}")
	String one(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
		model.addAttribute("broadcast", broadcasts.get(caller, id));
		return "messaging/broadcast";
	}

	/** The counts for the page to follow without reloading. */
	@GetMapping("/messaging/broadcasts/{id:\\d+}.json")
	@ResponseBody
	Broadcast counts(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return broadcasts.get(caller, id);
	}
}

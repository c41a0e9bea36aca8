package org.civicgrid.messaging.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.civicgrid.casework.CaseCatalog;
import org.civicgrid.messaging.internal.CaseRequest;
import org.civicgrid.messaging.internal.Channel;
import org.civicgrid.messaging.internal.ChannelService;
import org.civicgrid.messaging.internal.Forward;
import org.civicgrid.messaging.internal.ForwardService;
import org.civicgrid.messaging.internal.NewPost;
import org.civicgrid.messaging.internal.Post;
import org.civicgrid.messaging.internal.QuestionService;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.NotPermittedException;
import org.civicgrid.shared.ProblemException;
import org.civicgrid.shared.web.FormErrors;
import org.civicgrid.shared.web.PageForm;
import org.civicgrid.shared.web.PageForms;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A thread on a phone: its first post, the replies and the steps of its way to a case, live; the reply box for
 * members; for staff the two buttons of 逐级转发, forward it one level up or file it as a case. A forwarded copy
 * opens the thread it came from, where the steps are.
 */
@Controller
class ThreadPages {

	static final PageForm FORWARD = PageForm.plain().field("note", "messaging.forward.field.note");

	static final PageForm FILE = PageForm.plain()
		.field("categoryCode", "messaging.forward.field.categoryCode")
		.field("description", "messaging.forward.field.description")
		.field("address", "messaging.forward.field.address")
		.field("lat", "messaging.forward.field.lat")
		.field("lng", "messaging.forward.field.lng");

	private final ChannelService channels;
	private final ForwardService forwards;
	private final QuestionService questions;
	private final CaseCatalog catalog;
	private final PageForms forms;
	private final MessageSource messages;

	ThreadPages(ChannelService channels, ForwardService forwards, QuestionService questions, CaseCatalog catalog,
			PageForms forms, MessageSource messages) {
		this.questions = questions;
		this.channels = channels;
		this.forwards = forwards;
		this.catalog = catalog;
		this.forms = forms;
		this.messages = messages;
	}

	@GetMapping("/messaging/posts/{id:\\d+}")
	String thread(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
		List<Post> thread = channels.thread(caller, id);
		Post first = thread.get(0);
		if (first.forwardOf() != null && canRead(caller, first.forwardOf())) {
			return "redirect:/messaging/posts/" + first.forwardOf();
		}
		Channel channel = channels.readable(caller, first.channelId());
		Optional<Forward> forward = forwards.ofThread(caller, first.id());
		model.addAttribute("channel", channel);
		model.addAttribute("part", channels.part(caller, channel));
		model.addAttribute("thread", thread);
		model.addAttribute("first", first);
		model.addAttribute("forward", forward.orElse(null));
		model.addAttribute("question", questions.readable(caller, first.id()).orElse(null));
		model.addAttribute("staff", caller.role().isStaff());
		model.addAttribute("mine", first.authorId() != null && first.authorId() == caller.accountId());
		if (caller.role().isStaff()) {
			model.addAttribute("categories", catalog.categories());
		}
		return "messaging/thread";
	}

	@PostMapping("/messaging/posts/{id:\\d+}/reply")
	String reply(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam(required = false) String body,
			Locale locale, Model model) {
		Post first = channels.thread(caller, id).get(0);
		try {
			channels.post(caller, first.channelId(), new NewPost(null, null, body, null, null, null, first.id()));
			return "redirect:/messaging/posts/" + first.id() + "#reply";
		}
		catch (ProblemException e) {
			model.addAttribute("formErrors", forms.refused(MessagingPages.POST, e, locale).of("reply"));
			model.addAttribute("replyDraft", body);
			return thread(caller, id, model);
		}
	}

	@PostMapping("/messaging/posts/{id:\\d+}/claim")
	String claim(@AuthenticationPrincipal Caller caller, @PathVariable long id, Locale locale, Model model) {
		try {
			questions.claim(caller, id);
			return "redirect:/messaging/posts/" + id + "#reply";
		}
		catch (ProblemException e) {
			return refused(caller, id, FORWARD, "claim", e, locale, model);
		}
	}

	@PostMapping("/messaging/posts/{id:\\d+}/forward")
	String forward(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestParam(required = false) String note, Locale locale, Model model, RedirectAttributes flash) {
		try {
			Forward forward = forwards.forward(caller, id, note);
			flash.addFlashAttribute("message", messages.getMessage("messaging.forward.page.forwarded",
					new Object[] { forward.atChannelName() }, locale));
			return "redirect:/messaging/posts/" + forward.postId();
		}
		catch (ProblemException e) {
			return refused(caller, id, FORWARD, "forward", e, locale, model);
		}
	}

	@PostMapping("/messaging/posts/{id:\\d+}/case")
	String file(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestParam(required = false) String categoryCode, @RequestParam(required = false) String description,
			@RequestParam(required = false) String address, Locale locale, Model model, RedirectAttributes flash) {
		try {
			Forward forward = forwards.file(caller, id, new CaseRequest(categoryCode, description, null, null, null,
					address));
			flash.addFlashAttribute("message", messages.getMessage("messaging.forward.page.filed",
					new Object[] { forward.caseNumber() }, locale));
			return "redirect:/messaging/posts/" + forward.postId();
		}
		catch (ProblemException e) {
			model.addAttribute("caseDraft", new CaseRequest(categoryCode, description, null, null, null, address));
			return refused(caller, id, FILE, "case", e, locale, model);
		}
	}

	private String refused(Caller caller, long id, PageForm form, String formId, ProblemException e, Locale locale,
			Model model) {
		if (e instanceof NotPermittedException && !caller.role().isStaff()) {
			throw e;
		}
		FormErrors errors = forms.refused(form, e, locale).of(formId);
		model.addAttribute("formErrors", errors);
		return thread(caller, id, model);
	}

	private boolean canRead(Caller caller, long postId) {
		try {
			channels.thread(caller, postId);
			return true;
		}
		catch (ProblemException e) {
			return false;
		}
	}
}

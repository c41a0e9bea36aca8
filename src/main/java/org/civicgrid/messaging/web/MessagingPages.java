package org.civicgrid.messaging.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.civicgrid.messaging.internal.Channel;
import org.civicgrid.messaging.internal.ChannelService;
import org.civicgrid.messaging.internal.NewPost;
import org.civicgrid.messaging.internal.Post;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ProblemException;
import org.civicgrid.shared.web.FormErrors;
import org.civicgrid.shared.web.PageForm;
import org.civicgrid.shared.web.PageForms;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The channels on a phone: my channels with their unread counts, and a channel's stream (oldest at the top, as a
 * chat reads) with the composer, live through the page's event stream; reading marks the channel read.
 */
@Controller
class MessagingPages {

	static final PageForm POST = PageForm.of(NewPost.class)
		.field("kind", "messaging.field.kind")
		.field("title", "messaging.field.title")
		.field("body", "messaging.field.body")
		.field("link", "messaging.field.link")
		.field("itemCode", "messaging.field.itemCode")
		.field("parentId", "messaging.field.parentId");

	private final ChannelService channels;
	private final PageForms forms;

	MessagingPages(ChannelService channels, PageForms forms) {
		this.channels = channels;
		this.forms = forms;
	}

	@GetMapping("/messaging")
	String mine(@AuthenticationPrincipal Caller caller, Model model) {
		model.addAttribute("channels", channels.mine(caller));
		model.addAttribute("staff", caller.role().isStaff());
		return "messaging/channels";
	}

	@GetMapping("/messaging/channels/{id:\\d+}")
	String channel(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
		Channel channel = channels.readable(caller, id);
		List<Post> page = new ArrayList<>(channels.stream(caller, id, null, 30));
		Collections.reverse(page);
		model.addAttribute("channel", channel);
		model.addAttribute("part", channels.part(caller, channel));
		model.addAttribute("posts", page);
		model.addAttribute("staff", caller.role().isStaff());
		if (!model.containsAttribute("draft")) {
			model.addAttribute("draft", new NewPost(caller.role().isStaff() ? "notice" : "question", null, null, null,
					null, false, null));
		}
		channels.read(caller, id, channel.lastSeq());
		return "messaging/channel";
	}

	@PostMapping("/messaging/channels/{id:\\d+}/posts")
	String post(@AuthenticationPrincipal Caller caller, @PathVariable long id, @ModelAttribute NewPost draft,
			Locale locale, Model model) {
		FormErrors errors = forms.check(POST, draft, locale);
		if (!errors.any()) {
			try {
				channels.post(caller, id, draft);
				return "redirect:/messaging/channels/" + id + "#composer";
			}
			catch (ProblemException e) {
				errors = forms.refused(POST, e, locale);
			}
		}
		model.addAttribute("draft", draft);
		model.addAttribute("formErrors", errors.of("composer"));
		return channel(caller, id, model);
	}

	/** The page read up to a post that arrived live. */
	@PostMapping("/messaging/channels/{id:\\d+}/read")
	@ResponseBody
	ResponseEntity<Long> read(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam long seq) {
		return ResponseEntity.ok(channels.read(caller, id, seq));
	}

	@PostMapping("/messaging/posts/{id:\\d+}/confirm")
	String confirm(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		Post post = channels.confirm(caller, id);
		return "redirect:/messaging/channels/" + post.channelId() + "#post-" + id;
	}
}

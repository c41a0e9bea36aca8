package org.civicgrid.messaging.web;

import java.util.Locale;

import org.civicgrid.messaging.internal.Channel;
import org.civicgrid.messaging.internal.ChannelService;
import org.civicgrid.messaging.internal.Member;
import org.civicgrid.messaging.internal.MembershipService;
import org.civicgrid.messaging.internal.RobotLinks;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ProblemException;
import org.civicgrid.shared.qr.QrCodes;
import org.civicgrid.shared.web.FormErrors;
import org.civicgrid.shared.web.PageForm;
import org.civicgrid.shared.web.PageForms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Joining by the courtyard's QR code: the printable poster (A4, the code as a QR and in letters), the join page a
 * phone opens from it (who is asking: resident, unit or shop, and where they live), and the channel's members page
 * for its owner and moderators (pending requests to confirm or refuse, members to remove).
 */
@Controller
class MembershipPages {

	static final PageForm JOIN = PageForm.plain()
		.field("code", "messaging.join.field.code")
		.field("kind", "messaging.join.field.kind")
		.field("note", "messaging.join.field.note");

	private final MembershipService memberships;
	private final ChannelService channels;
	private final PageForms forms;
	private final RobotLinks robots;

	MembershipPages(MembershipService memberships, ChannelService channels, PageForms forms, RobotLinks robots) {
		this.robots = robots;
		this.memberships = memberships;
		this.channels = channels;
		this.forms = forms;
	}

	@GetMapping("/messaging/channels/{id:\\d+}/poster")
	String poster(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
		Channel channel = memberships.poster(caller, id);
		String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/messaging/join")
			.queryParam("code", channel.joinCode()).toUriString();
		model.addAttribute("channel", channel);
		model.addAttribute("joinUrl", url);
		model.addAttribute("qr", QrCodes.svg(url, 320));
		return "messaging/poster";
	}

	@GetMapping("/messaging/join")
	String join(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String code, Locale locale,
			Model model) {
		model.addAttribute("code", code);
		if (code != null && !model.containsAttribute("formErrors")) {
			try {
				model.addAttribute("joining", memberships.joinable(code));
			}
			catch (ProblemException e) {
				model.addAttribute("formErrors", forms.refused(JOIN, e, locale).of("join"));
			}
		}
		model.addAttribute("staff", caller.role().isStaff());
		return "messaging/join";
	}

	@PostMapping("/messaging/join")
	String ask(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String code,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String note, Locale locale,
			Model model) {
		try {
			Member asked = memberships.ask(caller, code, kind, note);
			model.addAttribute("asked", asked);
			model.addAttribute("joining", memberships.joinable(code));
		}
		catch (ProblemException e) {
			FormErrors errors = forms.refused(JOIN, e, locale).of("join");
			model.addAttribute("formErrors", errors);
			model.addAttribute("note", note);
			return join(caller, code, locale, model);
		}
		model.addAttribute("staff", false);
		return "messaging/join";
	}

	@GetMapping("/messaging/channels/{id:\\d+}/members")
	String members(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
		Channel channel = channels.readable(caller, id);
		model.addAttribute("channel", channel);
		model.addAttribute("pending", memberships.members(caller, id, "PENDING"));
		model.addAttribute("active", memberships.members(caller, id, "ACTIVE"));
		model.addAttribute("part", channels.part(caller, channel));
		model.addAttribute("robot", robots.of(caller, id).orElse(null));
		model.addAttribute("robots", robots.configured());
		return "messaging/members";
	}

	@PostMapping("/messaging/channels/{id:\\d+}/members/{account:\\d+}/{decision:approve|refuse}")
	String decide(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable long account,
			@PathVariable String decision) {
		memberships.decide(caller, id, account, "approve".equals(decision));
		return "redirect:/messaging/channels/" + id + "/members";
	}

	@PostMapping("/messaging/channels/{id:\\d+}/robot")
	String robot(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestParam(required = false) String robot) {
		robots.link(caller, id, robot);
		return "redirect:/messaging/channels/" + id + "/members";
	}

	@PostMapping("/messaging/channels/{id:\\d+}/members/{account:\\d+}/remove")
	String remove(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable long account,
			@RequestParam(required = false) String reason) {
		memberships.remove(caller, id, account, reason);
		return "redirect:/messaging/channels/" + id + "/members";
	}
}

package org.civicgrid.messaging.web;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.civicgrid.messaging.DeliveryState;
import org.civicgrid.messaging.PostKind;
import org.civicgrid.messaging.internal.outbound.ChannelKind;
import org.civicgrid.messaging.internal.outbound.DeliveryLog;
import org.civicgrid.messaging.internal.outbound.DeliveryQuery;
import org.civicgrid.messaging.internal.outbound.SmsPreferences;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.Sort;
import org.civicgrid.shared.web.ProblemText;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The delivery log for staff on a PC (states coloured, phones masked, attempts and errors, an Excel export) and
 * each member's SMS choices on a phone.
 */
@Controller
class OutboundPages {

	static final int SIZE = 50;

	private final DeliveryLog log;
	private final SmsPreferences preferences;
	private final ProblemText problems;

	OutboundPages(DeliveryLog log, SmsPreferences preferences, ProblemText problems) {
		this.log = log;
		this.preferences = preferences;
		this.problems = problems;
	}

	/**
	 * The log's search form, read from the query string leniently: a value that is no state or channel (a
	 * hand-edited link) is left out of the search rather than answered with an error page.
	 */
	record Filter(DeliveryState state, ChannelKind channel, String messageKey) {

		static Filter of(String state, String channel, String messageKey) {
			return new Filter(known(DeliveryState.class, state), known(ChannelKind.class, channel),
					messageKey == null || messageKey.isBlank() ? null : messageKey.strip());
		}

		private static <E extends Enum<E>> E known(Class<E> type, String raw) {
			for (E e : type.getEnumConstants()) {
				if (e.name().equals(raw)) {
					return e;
				}
			}
			return null;
		}
	}

	@GetMapping("/messaging/outbound")
	String log(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String state,
			@RequestParam(required = false) String channel, @RequestParam(required = false) String messageKey,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String sort, Locale locale,
			HttpServletRequest http, Model model) {
		Filter filter = Filter.of(state, channel, messageKey);
		Sort sorted = log.known(sort);
		Paged<?> found;
		try {
			found = log.search(caller, OutboundParams.query(filter.state(), filter.channel(), filter.messageKey()),
					new PageRequest(Math.max(0, page), SIZE, sorted));
		}
		catch (InvalidInputException e) {
			model.addAttribute("refusal", problems.of(e, locale));
			found = new Paged<>(List.of(), 0, SIZE, 0);
		}
		model.addAttribute("filter", filter);
		model.addAttribute("deliveries", found);
		model.addAttribute("sort", sorted);
		model.addAttribute("states", DeliveryState.values());
		model.addAttribute("channels", ChannelKind.values());
		String query = http.getQueryString();
		model.addAttribute("exportLink", http.getContextPath() + "/messaging/outbound/export.xlsx"
				+ (query == null || query.isEmpty() ? "" : "?" + query));
		return "messaging/outbound";
	}

	@GetMapping("/messaging/outbound/export.xlsx")
	void export(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String state,
			@RequestParam(required = false) String channel, @RequestParam(required = false) String messageKey,
			@RequestParam(required = false) String sort, Locale locale, HttpServletRequest http,
			HttpServletResponse response) throws IOException {
		Filter filter = Filter.of(state, channel, messageKey);
		DeliveryQuery query = OutboundParams.query(filter.state(), filter.channel(), filter.messageKey());
		OutboundParams.xlsx(log.export(caller, query, log.known(sort), locale, http.getRemoteAddr()), response);
	}

	@GetMapping("/messaging/preferences")
	String preferences(@AuthenticationPrincipal Caller caller, @RequestParam(defaultValue = "false") boolean saved,
			Model model) {
		model.addAttribute("choices", preferences.of(caller.accountId()));
		model.addAttribute("saved", saved);
		return "messaging/preferences";
	}

	@PostMapping("/messaging/preferences")
	String choose(@AuthenticationPrincipal Caller caller,
			@RequestParam(name = "sms", required = false) List<PostKind> sms) {
		Set<PostKind> kinds = sms == null || sms.isEmpty() ? Set.of() : EnumSet.copyOf(sms);
		preferences.choose(caller.accountId(), kinds);
		return "redirect:/messaging/preferences?saved=true";
	}
}

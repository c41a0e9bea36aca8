package org.civicgrid.messaging.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.messaging.DeliveryState;
import org.civicgrid.messaging.PostKind;
import org.civicgrid.messaging.internal.outbound.ChannelKind;
import org.civicgrid.messaging.internal.outbound.DeliveryLog;
import org.civicgrid.messaging.internal.outbound.DeliveryQuery;
import org.civicgrid.messaging.internal.outbound.DeliveryView;
import org.civicgrid.messaging.internal.outbound.SmsChoice;
import org.civicgrid.messaging.internal.outbound.SmsPreferences;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/messaging/outbound")
@Tag(name = "outbound", description = "SMS and WeCom group robot deliveries: the log for staff, SMS choices for members")
class OutboundApiController {

	private final DeliveryLog log;
	private final SmsPreferences preferences;

	OutboundApiController(DeliveryLog log, SmsPreferences preferences) {
		this.log = log;
		this.preferences = preferences;
	}

	@GetMapping("/deliveries")
	@Operation(summary = "The delivery log in the caller's scope, newest first (administrators and street staff); "
			+ "phones masked")
	Paged<DeliveryView> deliveries(@AuthenticationPrincipal Caller caller,
			@RequestParam(required = false) DeliveryState state, @RequestParam(required = false) ChannelKind channel,
			@Parameter(description = "the start of a message key, such as broadcast:42")
			@RequestParam(required = false) String messageKey, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size,
			@Parameter(description = "field,asc or field,desc by createdAt, state, channel, attempts, nextAttemptAt "
					+ "or sentAt; newest first when absent; an unknown field is a 400 naming sort")
			@RequestParam(required = false) String sort) {
		return log.search(caller, OutboundParams.query(state, channel, messageKey), PageRequest.of(page, size, sort));
	}

	@GetMapping("/deliveries/export.xlsx")
	@Operation(summary = "The delivery log's search as .xlsx, in its order; audited")
	void export(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) DeliveryState state,
			@RequestParam(required = false) ChannelKind channel, @RequestParam(required = false) String messageKey,
			@RequestParam(required = false) String sort, Locale locale, HttpServletRequest http,
			HttpServletResponse response) throws IOException {
		var export = log.export(caller, OutboundParams.query(state, channel, messageKey), Sort.parse(sort), locale,
				http.getRemoteAddr());
		OutboundParams.xlsx(export, response);
	}

	@GetMapping("/preferences")
	@Operation(summary = "Which kinds of post reach the caller by SMS (emergencies always do)")
	Preferences mine(@AuthenticationPrincipal Caller caller) {
		return new Preferences(caller.accountId(), preferences.of(caller.accountId()));
	}

	@PutMapping("/preferences")
	@Operation(summary = "The caller takes SMS for exactly these kinds, and for emergencies always")
	Preferences choose(@AuthenticationPrincipal Caller caller, @Valid @RequestBody PreferencesInput input) {
		return new Preferences(caller.accountId(), preferences.choose(caller.accountId(), input.smsKinds()));
	}

	/** A member's choices, one per kind. */
	record Preferences(long accountId, List<SmsChoice> kinds) {
	}

	/** The kinds that should reach the member by SMS; every kind left out is turned off. */
	record PreferencesInput(@NotNull Set<PostKind> smsKinds) {
	}
}

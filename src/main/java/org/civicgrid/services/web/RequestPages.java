package org.civicgrid.services.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.civicgrid.casework.Colour;
import org.civicgrid.services.internal.PublishedItemReader;
import org.civicgrid.services.internal.requests.BookingIntake;
import org.civicgrid.services.internal.requests.Handling;
import org.civicgrid.services.internal.requests.NewRequest;
import org.civicgrid.services.internal.requests.RatingService;
import org.civicgrid.services.internal.requests.RequestAction;
import org.civicgrid.services.internal.requests.RequestChannel;
import org.civicgrid.services.internal.requests.RequestInput;
import org.civicgrid.services.internal.requests.RequestQuery;
import org.civicgrid.services.internal.requests.RequestService;
import org.civicgrid.services.internal.requests.RequestStatus;
import org.civicgrid.services.internal.requests.ServiceRequest;
import org.civicgrid.services.internal.requests.SubjectKind;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.PageRequest;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff pages of requests (PC): the list by colour with search and paging, the first-question form (首问登记), and a
 * request's page with its steps and its actions, the next usual step first. A refusal shows the page again with the
 * fields marked and what was typed kept.
 */
@Controller
class RequestPages {

	static final PageForm RECORD = PageForm.of(NewRequest.class)
		.field("itemCode", "services.request.field.itemCode")
		.field("residentName", "services.request.field.residentName")
		.field("residentPhone", "services.request.field.residentPhone")
		.field("residentUsername", "services.request.field.residentUsername")
		.field("channel", "services.request.field.channel")
		.field("handling", "services.request.field.handling")
		.field("regionCode", "services.request.field.regionCode")
		.field("hall", "services.request.field.hall")
		.field("counter", "services.request.field.counter")
		.field("note", "services.request.field.note");

	static final PageForm ACT = PageForm.of(RequestInput.class)
		.field("materials", "services.request.field.materials")
		.field("handTo", "services.request.field.handTo")
		.field("handToUnit", "services.request.field.handToUnit")
		.field("reason", "services.request.field.reason")
		.field("result", "services.request.field.result")
		.field("note", "services.request.field.note");

	private static final int PAGE_SIZE = 20;

	private final RequestService requests;
	private final RatingService ratings;
	private final PublishedItemReader items;
	private final PageForms forms;
	private final BookingIntake intake;

	RequestPages(RequestService requests, RatingService ratings, PublishedItemReader items, PageForms forms,
			BookingIntake intake) {
		this.intake = intake;
		this.requests = requests;
		this.ratings = ratings;
		this.items = items;
		this.forms = forms;
	}

	@GetMapping("/services/requests")
	String list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String q,
			@RequestParam(required = false) Colour colour, @RequestParam(required = false) RequestStatus status,
			@RequestParam(required = false) String hall, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("requests", requests.search(caller, new RequestQuery(q, colour, status, hall),
				PageRequest.of(Math.max(0, page), PAGE_SIZE)));
		model.addAttribute("colours", requests.openByColour(caller, hall));
		model.addAttribute("hall", hall);
		model.addAttribute("q", q);
		model.addAttribute("colour", colour);
		model.addAttribute("status", status);
		model.addAttribute("statuses", RequestStatus.values());
		StringBuilder link = new StringBuilder("/services/requests?q=").append(q == null ? "" : q);
		if (colour != null) {
			link.append("&colour=").append(colour);
		}
		if (status != null) {
			link.append("&status=").append(status);
		}
		if (hall != null && !hall.isBlank()) {
			link.append("&hall=").append(java.net.URLEncoder.encode(hall, java.nio.charset.StandardCharsets.UTF_8));
		}
		model.addAttribute("link", link.toString());
		return "services/requests/list";
	}

	@GetMapping("/services/requests/new")
	String form(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String item, Model model) {
		RequestService.requireStaffPage(caller);
		return showForm(new NewRequest(item, null, null, null, null, RequestChannel.COUNTER, null, null, null, null,
				null), null, model);
	}

	@PostMapping("/services/requests")
	String record(@AuthenticationPrincipal Caller caller, @ModelAttribute NewRequest input, Locale locale,
			Model model) {
		FormErrors errors = forms.check(RECORD, input, locale);
		if (!errors.any()) {
			try {
				return "redirect:/services/requests/" + requests.record(caller, input).id();
			}
			catch (ProblemException e) {
				errors = forms.refused(RECORD, e, locale);
			}
		}
		return showForm(input, errors, model);
	}

	/** 受理办件 on a hall's day: the booking's request, recorded now or the one it already has. */
	@PostMapping("/services/bookings/{id:\\d+}/request")
	String fromBooking(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		long request = intake.requestOf(id).map(BookingIntake.RequestOfBooking::id)
			.orElseGet(() -> intake.record(caller, id).id());
		return "redirect:/services/requests/" + request;
	}

	@GetMapping("/services/requests/{id:\\d+}")
	String detail(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
		return showDetail(caller, id, null, null, null, model);
	}

	@PostMapping("/services/requests/{id:\\d+}/actions/{wire}")
	String act(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable String wire,
			@RequestParam(required = false) String note, @RequestParam(required = false) List<String> materials,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String result,
			@RequestParam(required = false) String handTo, @RequestParam(required = false) String handToUnit,
			Locale locale, Model model) {
		RequestAction action = RequestAction.ofWire(wire)
			.orElseThrow(() -> new NotFoundException("services.request.unknown-action", wire));
		RequestInput input = new RequestInput(note, materials, reason, result, handTo, handToUnit);
		FormErrors errors = forms.check(ACT, input, locale);
		if (!errors.any()) {
			try {
				requests.act(caller, id, action, input);
				return "redirect:/services/requests/" + id;
			}
			catch (ProblemException e) {
				errors = forms.refused(ACT, e, locale);
			}
		}
		return showDetail(caller, id, wire, input, errors.of("action-" + wire), model);
	}

	private String showForm(NewRequest input, FormErrors errors, Model model) {
		model.addAttribute("form", input);
		model.addAttribute("formErrors", errors);
		model.addAttribute("channels", RequestChannel.values());
		model.addAttribute("handlings", Handling.values());
		model.addAttribute("item", items.published(input.itemCode()).orElse(null));
		return "services/requests/new";
	}

	private String showDetail(Caller caller, long id, String wire, RequestInput typed, FormErrors errors,
			Model model) {
		ServiceRequest r = requests.get(caller, id);
		model.addAttribute("r", r);
		model.addAttribute("steps", requests.steps(caller, id));
		model.addAttribute("primary", RequestService.primary(r));
		model.addAttribute("materials", items.published(r.itemCode())
			.map(i -> i.materials().stream().map(m -> m.name()).toList()).orElse(List.of()));
		model.addAttribute("rating", ratings.of(SubjectKind.REQUEST, id).orElse(null));
		model.addAttribute("actionWire", wire);
		model.addAttribute("typed", typed);
		model.addAttribute("formErrors", errors);
		model.addAttribute("handlings", Arrays.asList(Handling.values()));
		return "services/requests/detail";
	}
}

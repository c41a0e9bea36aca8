package org.civicgrid.registry.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.civicgrid.registry.Households;
import org.civicgrid.registry.People;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.web.PageForm;
import org.civicgrid.shared.web.PageForms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One person's card: fields masked, tags, grid and history; a permitted role reveals the identifiers for a reason,
 * and the clear values appear on the answer to that request only (nothing kept in the session).
 */
@Controller
class PersonPages {

	/** The audited reveal of a person's or an organisation's identifiers: a reason is all it takes. */
	static final PageForm REVEAL = PageForm.plain().field("reason", "people.reveal.field");

	private final People people;
	private final Households households;
	private final PageForms forms;
	private final Clock clock;

	PersonPages(People people, Households households, PageForms forms, Clock clock) {
		this.people = people;
		this.households = households;
		this.forms = forms;
		this.clock = clock;
	}

	@GetMapping("/people/{id}")
	String card(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
		model.addAttribute("person", people.get(caller, id));
		model.addAttribute("history", people.history(caller, id));
		model.addAttribute("household", households.ofPerson(caller, id).orElse(null));
		model.addAttribute("canReveal", people.canReveal(caller));
		model.addAttribute("today", LocalDate.now(clock));
		return "people/card";
	}

	@PostMapping("/people/{id}/reveal")
	String reveal(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestParam(required = false) String reason, HttpServletRequest request, Locale locale, Model model) {
		try {
			model.addAttribute("revealed", people.reveal(caller, id, reason, request.getRemoteAddr()));
		}
		catch (InvalidInputException e) {
			model.addAttribute("formErrors", forms.refused(REVEAL, e, locale));
			model.addAttribute("reason", reason);
		}
		return card(caller, id, model);
	}
}

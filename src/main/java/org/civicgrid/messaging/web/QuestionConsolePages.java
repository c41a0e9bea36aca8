package org.civicgrid.messaging.web;

import java.time.LocalDate;
import java.util.Locale;

import org.civicgrid.messaging.internal.QuestionService;
import org.civicgrid.shared.Caller;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervisors' list of residents' questions (PC): open ones red first, then yellow and green by their reply
 * time, with how many were answered in time and how fast over the period.
 */
@Controller
class QuestionConsolePages {

	private final QuestionService questions;

	QuestionConsolePages(QuestionService questions) {
		this.questions = questions;
	}

	@GetMapping("/messaging/questions")
	String console(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String colour,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Model model) {
		model.addAttribute("figures", questions.figures(caller, from, to));
		model.addAttribute("questions", questions.within(caller, colour, true));
		model.addAttribute("colour", colour == null || colour.isBlank() ? null : colour.strip().toUpperCase(Locale.ROOT));
		return "messaging/questions";
	}
}

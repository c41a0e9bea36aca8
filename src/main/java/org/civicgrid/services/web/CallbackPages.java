package org.civicgrid.services.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.civicgrid.services.internal.requests.CallbackInput;
import org.civicgrid.services.internal.requests.CallbackService;
import org.civicgrid.services.internal.requests.SatisfactionFigures;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.ProblemException;
import org.civicgrid.shared.web.FormErrors;
import org.civicgrid.shared.web.PageForm;
import org.civicgrid.shared.time.WorkingTimeCalendar;
import org.civicgrid.shared.web.PageForms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The call-back list (回访), each open one with its form, and the satisfaction figures with their chart. */
@Controller
class CallbackPages {

	static final PageForm CALL = PageForm.of(CallbackInput.class)
		.field("answer", "services.callback.field.answer")
		.field("calledAt", "services.callback.field.calledAt")
		.field("reopen", "services.callback.field.reopen");

	private final CallbackService callbacks;
	private final SatisfactionFigures figures;
	private final PageForms forms;
	private final WorkingTimeCalendar calendar;

	CallbackPages(CallbackService callbacks, SatisfactionFigures figures, PageForms forms,
			WorkingTimeCalendar calendar) {
		this.calendar = calendar;
		this.callbacks = callbacks;
		this.figures = figures;
		this.forms = forms;
	}

	@GetMapping("/services/callbacks")
	String list(@AuthenticationPrincipal Caller caller, @RequestParam(defaultValue = "false") boolean done,
			@RequestParam(defaultValue = "0") int page, Model model) {
		return show(caller, done, page, null, null, model);
	}

	@PostMapping("/services/callbacks/{id:\\d+}/done")
	String done(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestParam(required = false) String answer, @RequestParam(required = false) String calledAt,
			@RequestParam(name = "reopen", defaultValue = "false") boolean reopen, Locale locale, Model model) {
		CallbackInput input = new CallbackInput(null, answer, reopen);
		FormErrors errors = forms.check(CALL, input, locale);
		if (!errors.any()) {
			try {
				callbacks.complete(caller, id, new CallbackInput(calledAt(calledAt), answer, reopen));
				return "redirect:/services/callbacks";
			}
			catch (ProblemException e) {
				errors = forms.refused(CALL, e, locale);
			}
		}
		model.addAttribute("answer", answer);
		model.addAttribute("calledAt", calledAt);
		return show(caller, false, 0, id, errors.of("callback-" + id), model);
	}

	/** The time typed in the form's local date-time field (the hall's zone); now when left empty. */
	private Instant calledAt(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(typed.strip()).atZone(calendar.zone()).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(List.of(FieldProblem.of("calledAt", "services.callback.called-at-invalid",
					typed)));
		}
	}

	@GetMapping("/services/satisfaction")
	String satisfaction(@AuthenticationPrincipal Caller caller,
			@RequestParam(defaultValue = "HALL") SatisfactionFigures.By by, Model model) {
		model.addAttribute("by", by);
		model.addAttribute("dimensions", SatisfactionFigures.By.values());
		model.addAttribute("rows", figures.of(caller, by, 30));
		return "services/requests/satisfaction";
	}

	private String show(Caller caller, boolean done, int page, Long posted, FormErrors errors, Model model) {
		model.addAttribute("callbacks", callbacks.list(caller, done, PageRequest.of(Math.max(0, page), 20)));
		model.addAttribute("done", done);
		model.addAttribute("posted", posted);
		model.addAttribute("formErrors", errors);
		return "services/requests/callbacks";
	}
}

package org.civicgrid.casework.web;

import static org.civicgrid.casework.web.ReportForm.blankToNull;

import java.util.List;
import java.util.Locale;

import org.civicgrid.casework.CaseAction;
import org.civicgrid.casework.internal.ActionRequest;
import org.civicgrid.casework.internal.CaseService;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.ProblemException;
import org.civicgrid.shared.web.FormErrors;
import org.civicgrid.shared.web.PageForm;
import org.civicgrid.shared.web.PageForms;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reporter's rating (好差评) on their own case page. A refusal shows the page again with the stars and the
 * comment marked and kept, rather than the staff case page's flash line.
 */
@Controller
class ResidentRatePages {

	static final PageForm RATE = PageForm.plain()
		.field("score", "casework.rate.field.score")
		.field("comment", "casework.rate.field.comment");

	private final CaseService cases;
	private final PageForms forms;
	private final MessageSource messages;

	ResidentRatePages(CaseService cases, PageForms forms, MessageSource messages) {
		this.cases = cases;
		this.forms = forms;
		this.messages = messages;
	}

	@PostMapping("/cases/{id:\\d+}/rating")
	String rate(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestParam(required = false) String score, @RequestParam(required = false) String comment,
			Locale locale, Model model, RedirectAttributes flash) {
		ActionRequest request = new ActionRequest(null, null, null, null, null, stars(score), blankToNull(comment),
				null, null, null);
		// "应在 1 到 5 之间" says little to a resident who has not tapped a star yet
		FormErrors errors = request.score() == null
				? forms.problems(RATE, List.of(FieldProblem.of("score", "casework.rate.pick-stars")), locale)
				: forms.check(RATE, request, locale);
		if (!errors.any()) {
			try {
				cases.act(caller, id, CaseAction.RATE, request);
				flash.addFlashAttribute("message", messages.getMessage("casework.page.done",
						new Object[] { messages.getMessage("casework.action.rate", null, locale) }, locale));
				return "redirect:/cases/" + id;
			}
			catch (ProblemException e) {
				errors = forms.refused(RATE, e, locale);
			}
		}
		model.addAttribute("resident", cases.residentCase(caller, id));
		model.addAttribute("formErrors", errors);
		model.addAttribute("score", request.score());
		model.addAttribute("comment", comment);
		return "casework/resident-case";
	}

	/** The stars chosen; none (or anything but a number) is no score, which the rating refuses by name. */
	private static Integer stars(String score) {
		try {
			return score == null || score.isBlank() ? null : Integer.valueOf(score.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}

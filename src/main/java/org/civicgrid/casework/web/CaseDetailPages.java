package org.civicgrid.casework.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

import org.civicgrid.casework.AssigneeLevel;
import org.civicgrid.casework.CaseAction;
import org.civicgrid.casework.internal.CaseService;
import org.civicgrid.casework.SupervisionCard;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.ProblemException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One case: its facts, a small map, the trace and one form per action the caller may take now. An action posts
 * here and comes back to the case with what happened or why it was refused.
 */
@Controller
class CaseDetailPages {

	private final CaseService cases;
	private final PageInput input;

	CaseDetailPages(CaseService cases, PageInput input) {
		this.cases = cases;
		this.input = input;
	}

	/**
	 * Staff get the whole case; residents and volunteers (who see only what they reported) get their own page,
	 * built from a record that holds nothing of the office's ({@code ResidentCase}).
	 */
	@GetMapping("/cases/{id:\\d+}")
	String detail(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
		if (!caller.role().isStaff()) {
			model.addAttribute("resident", cases.residentCase(caller, id));
			return "casework/resident-case";
		}
		model.addAttribute("detail", cases.get(caller, id));
		model.addAttribute("levels", List.of(AssigneeLevel.values()));
		model.addAttribute("cards", List.of(SupervisionCard.values()));
		model.addAttribute("mayRevealContact", cases.mayRevealReporterContact(caller));
		return "casework/detail";
	}

	/**
	 * The case page with the reporter's contact in clear, as the answer to this request only (the clear value never
	 * goes into the session, which is kept in the database), for the reason given (audited).
	 */
	@PostMapping("/cases/{id:\\d+}/reporter-contact")
	String revealContact(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestParam(required = false) String reason, HttpServletRequest http, Locale locale, Model model) {
		try {
			model.addAttribute("revealedContact", cases.revealReporterContact(caller, id, reason, http.getRemoteAddr()));
		}
		catch (InvalidInputException e) {
			model.addAttribute("error", input.refused(e, locale));
		}
		return detail(caller, id, model);
	}

	@PostMapping("/cases/{id:\\d+}/actions/{wire}")
	String act(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable String wire,
			@ModelAttribute ActionForm form, @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
			Locale locale, RedirectAttributes flash) {
		var request = form.toRequest();
		String invalid = input.invalid(request, locale);
		if (invalid != null) {
			flash.addFlashAttribute("error", invalid);
			return "redirect:/cases/" + id;
		}
		try {
			cases.act(caller, id, CaseAction.fromWire(wire), request, Uploads.of("photos", photos));
			flash.addFlashAttribute("message", input.message("casework.page.done", locale,
					input.message("casework.action." + wire, locale)));
		}
		catch (ProblemException e) {
			flash.addFlashAttribute("error", input.refused(e, locale));
		}
		return "redirect:/cases/" + id;
	}
}

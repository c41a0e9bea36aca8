package org.civicgrid.casework.web;

import static org.civicgrid.casework.web.ReportForm.blankToNull;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.civicgrid.casework.CaseAction;
import org.civicgrid.casework.CaseView;
import org.civicgrid.casework.SupervisionCard;
import org.civicgrid.casework.internal.AssigneeChoices;
import org.civicgrid.casework.internal.CaseService;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.FieldProblem;
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
 * One case: its facts, a small map, the trace and the actions the caller may take now, laid out as one main next
 * step and the others ({@link CaseActions}). Dispatch, reassign and escalate pick their assignee from the units and
 * people the caller may name ({@link AssigneeChoices}); a merge names its survivor by number. An action posts here
 * and comes back to the case with what happened, or with each problem beside its field and what was typed kept.
 */
@Controller
class CaseDetailPages {

	/** The extensions an assignee may ask for, as time limits the page shows in words. */
	static final List<String> EXTENSIONS = List.of("2h", "4h", "1wd", "2wd", "3wd", "5wd");

	private static final List<String> PICKING = List.of("dispatch", "reassign", "escalate");

	private final CaseService cases;
	private final AssigneeChoices assignees;
	private final PageInput input;

	CaseDetailPages(CaseService cases, AssigneeChoices assignees, PageInput input) {
		this.cases = cases;
		this.assignees = assignees;
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
		var detail = cases.get(caller, id);
		CaseView c = detail.summary();
		Map<String, Object> pickers = new LinkedHashMap<>();
		PICKING.stream()
			.filter(c.allowedActions()::contains)
			.forEach(wire -> pickers.put(wire, assignees.of(caller, id, CaseAction.fromWire(wire))));
		model.addAttribute("detail", detail);
		model.addAttribute("actions", CaseActions.of(c.allowedActions()));
		model.addAttribute("pickers", pickers);
		model.addAttribute("extensions", EXTENSIONS);
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
		try {
			CaseAction action = CaseAction.fromWire(wire);
			var request = form.toRequest(survivor(caller, action, form));
			Map<String, String> invalid = input.invalidFields(request, locale);
			if (!invalid.isEmpty()) {
				return kept(id, wire, form, ActionErrors.ofViolations(invalid), locale, flash);
			}
			cases.act(caller, id, action, request, Uploads.of("photos", photos));
			flash.addFlashAttribute("message", input.message("casework.page.done", locale,
					input.message("casework.action." + wire, locale)));
		}
		catch (ProblemException e) {
			if (e.errors().isEmpty()) {
				flash.addFlashAttribute("error", input.refused(e, locale));
			}
			else {
				return kept(id, wire, form, ActionErrors.of(e, input, locale), locale, flash);
			}
		}
		return "redirect:/cases/" + id;
	}

	/**
	 * The survivor a merge form names: the id a duplicate's button posts, else the case numbered as typed that the
	 * caller sees; a number that names none answers beside the field ({@code casework.merge.number-unknown}).
	 */
	private Long survivor(Caller caller, CaseAction action, ActionForm form) {
		String number = blankToNull(form.survivorNumber());
		if (action != CaseAction.MERGE || form.survivor() != null || number == null) {
			return form.survivor();
		}
		return cases.idOfNumber(caller, number).orElseThrow(() -> new InvalidInputException(
				List.of(FieldProblem.of("survivorNumber", "casework.merge.number-unknown", number))));
	}

	/** Back to the case with the form that was sent open, its values kept and each problem beside its field. */
	private String kept(long id, String wire, ActionForm form, Map<String, String> fields, Locale locale,
			RedirectAttributes flash) {
		flash.addFlashAttribute("error", input.message("casework.page.fix-marked", locale,
				fields.keySet().stream().map(f -> input.label(f, locale)).collect(Collectors.joining("、"))));
		flash.addFlashAttribute("actionWire", wire);
		flash.addFlashAttribute("actionErrors", new LinkedHashMap<>(fields));
		flash.addFlashAttribute("typed", form);
		return "redirect:/cases/" + id;
	}
}

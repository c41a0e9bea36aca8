package org.civicgrid.services.web;

import java.time.LocalDate;
import java.util.Locale;

import org.civicgrid.services.internal.requests.AgencyService;
import org.civicgrid.services.internal.requests.AgencyStepInput;
import org.civicgrid.services.internal.requests.NewAgencyMatter;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.ProblemException;
import org.civicgrid.shared.web.FormErrors;
import org.civicgrid.shared.web.PageForm;
import org.civicgrid.shared.web.PageForms;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff pages of agency matters (帮办代办): the list with the start form, a matter with its steps. */
@Controller
class AgencyPages {

	static final PageForm START = PageForm.of(NewAgencyMatter.class)
		.field("title", "services.agency.field.title")
		.field("itemCode", "services.request.field.itemCode")
		.field("residentName", "services.request.field.residentName")
		.field("residentPhone", "services.request.field.residentPhone")
		.field("residentUsername", "services.request.field.residentUsername")
		.field("atHome", "services.agency.field.atHome")
		.field("gridWorker", "services.agency.field.gridWorker")
		.field("regionCode", "services.request.field.regionCode");

	static final PageForm STEP = PageForm.of(AgencyStepInput.class)
		.field("onDay", "services.agency.field.onDay")
		.field("department", "services.agency.field.department")
		.field("outcome", "services.agency.field.outcome")
		.field("note", "services.request.field.note")
		.field("steps", "services.agency.field.steps");

	private final AgencyService agency;
	private final PageForms forms;

	AgencyPages(AgencyService agency, PageForms forms) {
		this.agency = agency;
		this.forms = forms;
	}

	@GetMapping("/services/agency")
	String list(@AuthenticationPrincipal Caller caller, @RequestParam(defaultValue = "0") int page, Model model) {
		return showList(caller, page, null, null, model);
	}

	@PostMapping("/services/agency")
	String start(@AuthenticationPrincipal Caller caller, @ModelAttribute NewAgencyMatter input, Locale locale,
			Model model) {
		FormErrors errors = forms.check(START, input, locale);
		if (!errors.any()) {
			try {
				return "redirect:/services/agency/" + agency.start(caller, input).id();
			}
			catch (ProblemException e) {
				errors = forms.refused(START, e, locale);
			}
		}
		return showList(caller, 0, input, errors, model);
	}

	@GetMapping("/services/agency/{id:\\d+}")
	String detail(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
		return showDetail(caller, id, null, null, model);
	}

	@PostMapping("/services/agency/{id:\\d+}/steps")
	String step(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate onDay,
			@RequestParam(required = false) String department, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String note, Locale locale, Model model) {
		AgencyStepInput input = new AgencyStepInput(onDay, department, outcome, note);
		FormErrors errors = forms.check(STEP, input, locale);
		if (!errors.any()) {
			try {
				agency.addStep(caller, id, input);
				return "redirect:/services/agency/" + id;
			}
			catch (ProblemException e) {
				errors = forms.refused(STEP, e, locale);
			}
		}
		return showDetail(caller, id, input, errors, model);
	}

	@PostMapping("/services/agency/{id:\\d+}/finish")
	String finish(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestParam(required = false) String result, Locale locale, Model model) {
		try {
			agency.finish(caller, id, result);
			return "redirect:/services/agency/" + id;
		}
		catch (ProblemException e) {
			return showDetail(caller, id, null, forms.refused(STEP, e, locale), model);
		}
	}

	private String showList(Caller caller, int page, NewAgencyMatter typed, FormErrors errors, Model model) {
		model.addAttribute("matters", agency.list(caller, null, PageRequest.of(Math.max(0, page), 20)));
		model.addAttribute("form", typed);
		model.addAttribute("formErrors", errors);
		return "services/requests/agency";
	}

	private String showDetail(Caller caller, long id, AgencyStepInput typed, FormErrors errors, Model model) {
		model.addAttribute("m", agency.get(caller, id));
		model.addAttribute("typed", typed);
		model.addAttribute("formErrors", errors);
		return "services/requests/agency-detail";
	}
}

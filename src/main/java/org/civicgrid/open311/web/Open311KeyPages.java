package org.civicgrid.open311.web;

import java.util.Locale;

import org.civicgrid.open311.IssuedKey;
import org.civicgrid.open311.Open311Keys;
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

/** The admin page of Open311 keys: issue one (shown once, in the answer to the form), see them all, revoke one. */
@Controller
class Open311KeyPages {

	static final PageForm ISSUE_KEY = PageForm.plain().field("label", "open311.keys.label");

	private final Open311Keys keys;
	private final PageForms forms;

	Open311KeyPages(Open311Keys keys, PageForms forms) {
		this.keys = keys;
		this.forms = forms;
	}

	@GetMapping("/admin/open311-keys")
	String list(@AuthenticationPrincipal Caller caller, Model model) {
		model.addAttribute("keys", keys.list(caller));
		return "admin/open311-keys";
	}

	/**
	 * Answers with the page itself rather than a redirect: the new key must not pass through the session (kept in
	 * the database), so it lives in this one response only.
	 */
	@PostMapping("/admin/open311-keys")
	String issue(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String label, Model model,
			Locale locale) {
		try {
			IssuedKey issued = keys.issue(caller, label);
			model.addAttribute("issued", issued);
		}
		catch (InvalidInputException e) {
			model.addAttribute("formErrors", forms.refused(ISSUE_KEY, e, locale));
			model.addAttribute("label", label);
		}
		return list(caller, model);
	}

	@PostMapping("/admin/open311-keys/{id}/revoke")
	String revoke(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		keys.revoke(caller, id);
		return "redirect:/admin/open311-keys";
	}
}

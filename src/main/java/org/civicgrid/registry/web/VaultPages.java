package org.civicgrid.registry.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.civicgrid.registry.VaultRotation;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.web.ProblemText;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin page of the vault: sealed values per key id, and a button that starts a reseal run. */
@Controller
class VaultPages {

	private final VaultRotation rotation;
	private final ProblemText problems;

	VaultPages(VaultRotation rotation, ProblemText problems) {
		this.rotation = rotation;
		this.problems = problems;
	}

	@GetMapping("/admin/vault")
	String page(@AuthenticationPrincipal Caller caller, Model model) {
		model.addAttribute("keys", rotation.sealedValues(caller));
		model.addAttribute("job", rotation.latest(caller).orElse(null));
		return "registry/vault";
	}

	/** The latest run's progress, polled by htmx while it runs. */
	@GetMapping("/admin/vault/job")
	String job(@AuthenticationPrincipal Caller caller, Model model) {
		model.addAttribute("job", rotation.latest(caller).orElse(null));
		return "registry/vault :: job";
	}

	@PostMapping("/admin/vault/reseal")
	String reseal(@AuthenticationPrincipal Caller caller, HttpServletRequest http, Locale locale,
			RedirectAttributes flash) {
		try {
			rotation.start(caller, http.getRemoteAddr());
		}
		catch (ConflictException e) {
			flash.addFlashAttribute("error", problems.of(e, locale));
		}
		return "redirect:/admin/vault";
	}
}

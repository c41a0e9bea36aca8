package org.civicgrid.shared.web;

import org.civicgrid.shared.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in caller and the web settings into every page model, for navigation and maps. */
@ControllerAdvice(annotations = Controller.class)
class CallerModel {

	private final WebSettings settings;

	CallerModel(WebSettings settings) {
		this.settings = settings;
	}

	@ModelAttribute("caller")
	Caller caller(@AuthenticationPrincipal Caller caller) {
		return caller;
	}

	@ModelAttribute("webSettings")
	WebSettings settings() {
		return settings;
	}
}

package org.civicgrid.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.civicgrid.shared.ProblemException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal on a page (out of scope, not found, invalid) shows the error page with its status and reason, not a
 * 500. API controllers are answered first by {@link ApiExceptionHandler}, which runs before this one.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	private final ProblemText text;

	PageExceptionHandler(ProblemText text) {
		this.text = text;
	}

	@ExceptionHandler(ProblemException.class)
	ModelAndView refused(ProblemException e, Locale locale, HttpServletResponse response) {
		response.setStatus(e.status().value());
		ModelAndView page = new ModelAndView("error");
		page.setStatus(e.status());
		page.addObject("status", e.status().value());
		page.addObject("error", text.of(e, locale));
		return page;
	}
}

package org.civicgrid.shared.web;

import java.util.Locale;
import java.util.stream.Collectors;

import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A refusal as one sentence for a page that has no form to mark (the error page, a filter): the detail, then each
 * field's message. Field paths and the API's "see errors" wording stay in the API; a form uses {@link PageForms}.
 */
@Component
public class ProblemText {

	private final MessageSource messages;

	ProblemText(MessageSource messages) {
		this.messages = messages;
	}

	public String of(ProblemException e, Locale locale) {
		String detail = text(e.messageKey(), e.args(), locale);
		if (e.errors().isEmpty()) {
			return detail;
		}
		String problems = e.errors().stream().map(f -> message(f, locale)).distinct()
			.filter(m -> !m.equals(detail)).collect(Collectors.joining("；"));
		if ("validation".equals(e.type())) {
			return text("form.invalid", new Object[] { problems }, locale);
		}
		return problems.isEmpty() ? detail : detail + " " + problems;
	}

	private String message(FieldProblem f, Locale locale) {
		String message = text(f.messageKey(), f.args(), locale);
		return f.item() == null ? message : text("form.row", new Object[] { f.item(), message }, locale);
	}

	private String text(String key, Object[] args, Locale locale) {
		return messages.getMessage(key, args, key, locale);
	}
}

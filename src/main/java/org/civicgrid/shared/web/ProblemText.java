package org.civicgrid.shared.web;

import java.util.Locale;
import java.util.stream.Collectors;

import org.civicgrid.shared.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A refusal as one sentence for a page: the detail, then each field's problem. */
@Component
public class ProblemText {

	private final MessageSource messages;

	ProblemText(MessageSource messages) {
		this.messages = messages;
	}

	public String of(ProblemException e, Locale locale) {
		String detail = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
		if (e.errors().isEmpty()) {
			return detail;
		}
		return detail + " " + e.errors().stream()
			.map(f -> f.field() + ": " + messages.getMessage(f.messageKey(), f.args(), f.messageKey(), locale))
			.collect(Collectors.joining("; "));
	}
}

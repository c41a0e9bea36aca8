package org.civicgrid.casework.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import org.civicgrid.shared.ProblemException;
import org.civicgrid.shared.web.PageForms;
import org.civicgrid.shared.web.ProblemText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns what a page posted into one sentence a person can act on: bean-validation violations (field label and
 * message, in the bundles' words through {@link PageForms#said}) before the facade is called, and the facade's
 * refusals through {@link ProblemText}.
 */
@Component
class PageInput {

	private final Validator validator;
	private final ProblemText problems;
	private final MessageSource messages;
	private final PageForms forms;

	PageInput(Validator validator, ProblemText problems, MessageSource messages, PageForms forms) {
		this.validator = validator;
		this.problems = problems;
		this.messages = messages;
		this.forms = forms;
	}

	/** The violations of {@code input} as one sentence, or {@code null} when it is valid. */
	String invalid(Object input, Locale locale) {
		var violations = validator.validate(input);
		if (violations.isEmpty()) {
			return null;
		}
		return violations.stream()
			.map(v -> label(v.getPropertyPath().toString(), locale) + ": " + forms.said(v, locale))
			.sorted()
			.collect(Collectors.joining("; "));
	}

	String refused(ProblemException e, Locale locale) {
		return problems.of(e, locale);
	}

	/**
	 * The violations of {@code input} by field, for a page that shows them beside the field: keyed by the first
	 * segment of the path ({@code location} for {@code location.lat}), several joined with "; ".
	 */
	Map<String, String> invalidFields(Object input, Locale locale) {
		Map<String, String> fields = new LinkedHashMap<>();
		validator.validate(input).stream()
			.sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
			.forEach(v -> {
				String path = v.getPropertyPath().toString();
				String field = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
				fields.merge(field, label(path, locale) + ": " + forms.said(v, locale), (x, y) -> x + "; " + y);
			});
		return fields;
	}

	/** The fields a refusal names, each with its message, for a page that shows them beside the field. */
	Map<String, String> refusedFields(ProblemException e, Locale locale) {
		Map<String, String> fields = new LinkedHashMap<>();
		e.errors().forEach(f -> fields.merge(f.field(), message(f.messageKey(), locale, f.args()), (x, y) -> x + "; " + y));
		return fields;
	}

	String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	/** The form label of a field ({@code casework.field.*}); a {@code location.*} path is the location. */
	String label(String field, Locale locale) {
		String name = field.startsWith("location") ? "location" : field;
		return messages.getMessage("casework.field." + name, null, field, locale);
	}
}

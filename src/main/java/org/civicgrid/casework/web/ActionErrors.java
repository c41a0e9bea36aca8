package org.civicgrid.casework.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.civicgrid.shared.ProblemException;

/**
 * A refused action's problems by the form field they are shown beside, each with that field's label
 * ({@code casework.field.*}), never the API's path: the assignee's parts ({@code assignee.unitCode},
 * {@code assigneeUser} …) go beside the picker, the merge's {@code survivor} beside the case number typed.
 */
final class ActionErrors {

	private ActionErrors() {
	}

	/** The form field a problem with the API's field belongs to. */
	static String formField(String field) {
		if (field.startsWith("assignee")) {
			return "assignee";
		}
		if (field.startsWith("survivor")) {
			return "survivorNumber";
		}
		if (field.startsWith("photos")) {
			return "photos";
		}
		int dot = field.indexOf('.');
		return dot < 0 ? field : field.substring(0, dot);
	}

	static Map<String, String> of(ProblemException e, PageInput input, Locale locale) {
		Map<String, String> fields = new LinkedHashMap<>();
		e.errors().forEach(f -> add(fields, formField(f.field()),
				input.message(f.messageKey(), locale, f.args()), input, locale));
		return fields;
	}

	/** Bean-validation violations of the request ({@link PageInput#invalidFields}), keyed by the form's fields. */
	static Map<String, String> ofViolations(Map<String, String> violations) {
		Map<String, String> fields = new LinkedHashMap<>();
		violations.forEach((field, text) -> fields.merge(formField(field), text, (a, b) -> a + "; " + b));
		return fields;
	}

	private static void add(Map<String, String> fields, String field, String message, PageInput input, Locale locale) {
		fields.merge(field, input.label(field, locale) + ": " + message, (a, b) -> a + "; " + b);
	}
}

package org.civicgrid.shared.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns what was wrong with a posted form into {@link FormErrors}: bean-validation violations of the form's input
 * before the facade is called, the facade's refusal after. Every message comes from the bundles: a violation is
 * named by its constraint ({@code @NotBlank} is {@code validation.required}, {@code @Size} says how long), never by
 * the validator's own sentence, and a field is named by its label, never by its path.
 */
@Component
public class PageForms {

	private final Validator validator;
	private final MessageSource messages;

	PageForms(Validator validator, MessageSource messages) {
		this.validator = validator;
		this.messages = messages;
	}

	/** The violations of {@code input}, or nothing ({@link FormErrors#any()} false) when it is valid. */
	public FormErrors check(PageForm form, Object input, Locale locale) {
		return problems(form, violations(form, input, locale), locale);
	}

	/** The violations of {@code input} as field problems, for a page that adds its own before showing them. */
	public List<FieldProblem> violations(PageForm form, Object input, Locale locale) {
		List<FieldProblem> problems = new ArrayList<>();
		List<ConstraintViolation<Object>> violations = validator.validate(input).stream()
			.sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString())
				.thenComparing(v -> v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()))
			.toList();
		for (ConstraintViolation<Object> v : violations) {
			problems.add(Violations.problem(v, formatKey(form, v.getPropertyPath().toString(), locale)));
		}
		return problems;
	}

	/**
	 * A refusal of the facade: its field problems beside the fields; a refusal naming no field (a conflict, a step
	 * not allowed now) as a note at the top.
	 */
	public FormErrors refused(PageForm form, ProblemException e, Locale locale) {
		FormErrors errors = problems(form, e.errors(), locale);
		String detail = text(e.messageKey(), e.args(), locale);
		boolean said = errors.fields().stream().anyMatch(f -> detail.equals(errors.message(f)))
				|| errors.notes().contains(detail);
		if (e.errors().isEmpty() || !"validation".equals(e.type()) && !said) {
			List<String> notes = new ArrayList<>();
			notes.add(detail);
			notes.addAll(errors.notes());
			return build(form, messagesOf(errors), notes, locale);
		}
		return errors;
	}

	/** Problems the page found itself (a file not chosen, a choice not offered), in the same words. */
	public FormErrors problems(PageForm form, List<FieldProblem> problems, Locale locale) {
		Map<String, String> fields = new LinkedHashMap<>();
		List<String> notes = new ArrayList<>();
		for (FieldProblem p : problems) {
			String field = form.fieldOf(p.field());
			String message = text(p.messageKey(), p.args(), locale);
			if (p.item() != null) {
				notes.add(field == null ? text("form.row", new Object[] { p.item(), message }, locale)
						: text("form.row-field", new Object[] { p.item(), label(form, field, locale), message }, locale));
			}
			else if (field == null) {
				notes.add(message);
			}
			else {
				fields.merge(field, message, (a, b) -> a.equals(b) ? a : a + "；" + b);
			}
		}
		Map<String, String> ordered = fields.entrySet().stream()
			.sorted(Comparator.comparingInt(f -> form.order(f.getKey())))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
		return build(form, ordered, notes.stream().distinct().toList(), locale);
	}

	/** One violation in the bundles' words, for a page that lays out violations itself. */
	public String said(ConstraintViolation<?> violation, Locale locale) {
		FieldProblem p = Violations.problem(violation, "validation.format");
		return text(p.messageKey(), p.args(), locale);
	}

	/** The label a field has on the form, in words. */
	public String label(PageForm form, String field, Locale locale) {
		String key = form.labels().get(field);
		return key == null ? field : text(key, null, locale);
	}

	private FormErrors build(PageForm form, Map<String, String> fields, List<String> notes, Locale locale) {
		String summary = null;
		if (!fields.isEmpty()) {
			String separator = text("form.separator", null, locale);
			summary = text("form.fix-marked", new Object[] { fields.keySet().stream()
				.map(f -> label(form, f, locale)).collect(Collectors.joining(separator)) }, locale);
		}
		return new FormErrors(null, fields, summary, notes);
	}

	private static Map<String, String> messagesOf(FormErrors errors) {
		Map<String, String> fields = new LinkedHashMap<>();
		errors.fields().forEach(f -> fields.put(f, errors.message(f)));
		return fields;
	}

	/** A field's own wording for a value of the wrong shape ({@code <label key>.format}), else the general one. */
	private String formatKey(PageForm form, String path, Locale locale) {
		String field = form.fieldOf(path);
		String key = field == null ? null : form.labels().get(field) + ".format";
		return key != null && messages.getMessage(key, null, null, locale) != null ? key : "validation.format";
	}

	private String text(String key, Object[] args, Locale locale) {
		return messages.getMessage(key, args, key, locale);
	}
}

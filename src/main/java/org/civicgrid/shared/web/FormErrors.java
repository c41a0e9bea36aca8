package org.civicgrid.shared.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What was wrong with a posted form, in words for the page: each field's message (shown beside the field, which is
 * marked {@code is-invalid}), a summary naming the fields by their labels for the top of the form, and notes for a
 * refusal that names no field of the form. Built by {@link PageForms}; shown by {@code fragments/form.html}.
 * Serializable, so it may travel as a flash attribute.
 */
public final class FormErrors implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String form;
	private final LinkedHashMap<String, String> messages;
	private final String summary;
	private final ArrayList<String> notes;

	FormErrors(String form, Map<String, String> messages, String summary, List<String> notes) {
		this.form = form;
		this.messages = new LinkedHashMap<>(messages);
		this.summary = summary;
		this.notes = new ArrayList<>(notes);
	}

	/** The same errors, for the form of that id on a page with several forms (a row's form in a table). */
	public FormErrors of(String formId) {
		return new FormErrors(formId, messages, summary, notes);
	}

	/** These errors when they belong to the form of that id, else null: {@code ${formErrors?.at('account-42')}}. */
	public FormErrors at(String formId) {
		return formId != null && formId.equals(form) ? this : null;
	}

	public String form() {
		return form;
	}

	public boolean any() {
		return !messages.isEmpty() || !notes.isEmpty();
	}

	public boolean has(String field) {
		return messages.containsKey(field);
	}

	/** The field's message in words, or null. */
	public String message(String field) {
		return messages.get(field);
	}

	/** {@code is-invalid} for a field with a message, for {@code th:classappend}; else null. */
	public String invalid(String field) {
		return has(field) ? "is-invalid" : null;
	}

	/** The id of the message beside a field ({@code username-error}, {@code new-account-username-error}). */
	public String feedbackId(String field) {
		return (form == null ? "" : form + "-") + field + "-error";
	}

	/** The feedback's id for {@code th:aria-describedby} when the field has a message; else null (no attribute). */
	public String describedBy(String field) {
		return has(field) ? feedbackId(field) : null;
	}

	/** The fields with a message, in the page's order. */
	public Set<String> fields() {
		return Collections.unmodifiableSet(messages.keySet());
	}

	/** "请修改标出的字段：用户名、角色", or null when no field is marked. */
	public String summary() {
		return summary;
	}

	/** Sentences that belong to no field of the form: a refusal of the whole step, a row of an uploaded file. */
	public List<String> notes() {
		return Collections.unmodifiableList(notes);
	}

	@Override
	public String toString() {
		return "FormErrors" + messages + notes;
	}
}

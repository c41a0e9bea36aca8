package org.civicgrid.shared.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One form of a page: its fields in the order the page shows them, each with the bundle key of its label, and the
 * record its input is checked as (bean validation), if any. Every field that validation or the facade can name on
 * this form is declared, so a message always lands beside its field and the summary names the field by its label,
 * never by its path ({@code FormLabelsTests} checks both bundles hold every label).
 *
 * <pre>
 * static final PageForm NEW_ACCOUNT = PageForm.of(NewAccount.class)
 * 	.field("username", "accounts.username")
 * 	.field("role", "accounts.role");
 * </pre>
 */
public final class PageForm {

	private final Class<?> input;
	private final Map<String, String> labels;

	private PageForm(Class<?> input, Map<String, String> labels) {
		this.input = input;
		this.labels = labels;
	}

	/** A form whose input is checked as {@code input} before the facade sees it. */
	public static PageForm of(Class<?> input) {
		return new PageForm(input, Map.of());
	}

	/** A form checked by the facade only. */
	public static PageForm plain() {
		return new PageForm(null, Map.of());
	}

	public PageForm field(String name, String labelKey) {
		Map<String, String> next = new LinkedHashMap<>(labels);
		next.put(name, labelKey);
		return new PageForm(input, Collections.unmodifiableMap(next));
	}

	/** The record checked by bean validation, or null. */
	public Class<?> input() {
		return input;
	}

	/** Field name to label key, in the page's order. */
	public Map<String, String> labels() {
		return labels;
	}

	public Set<String> fields() {
		return labels.keySet();
	}

	/**
	 * The field of this form a path names: its first segment ({@code location} for {@code location.lat},
	 * {@code responsibleUnits} for {@code responsibleUnits[1]}), or null when the form has no such field.
	 */
	String fieldOf(String path) {
		if (path == null) {
			return null;
		}
		int end = path.length();
		for (int i = 0; i < path.length(); i++) {
			char c = path.charAt(i);
			if (c == '.' || c == '[') {
				end = i;
				break;
			}
		}
		String root = path.substring(0, end);
		return labels.containsKey(root) ? root : null;
	}

	/** The position of a field in the page's order, for sorting; unknown fields last. */
	int order(String field) {
		int i = 0;
		for (String name : labels.keySet()) {
			if (name.equals(field)) {
				return i;
			}
			i++;
		}
		return Integer.MAX_VALUE;
	}
}

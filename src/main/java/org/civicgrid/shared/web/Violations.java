package org.civicgrid.shared.web;

import java.util.Collection;
import java.util.Map;

import jakarta.validation.ConstraintViolation;

import org.civicgrid.shared.FieldProblem;

/**
 * A bean-validation violation as a field problem with a bundle key: by the kind of constraint, so no sentence of
 * the validator's (its "不能为null", its regular expressions) reaches a page. A constraint that names its own
 * message ({@code message = "{casework.…}"}) keeps it.
 */
final class Violations {

	private Violations() {
	}

	static FieldProblem problem(ConstraintViolation<?> v, String formatKey) {
		String path = v.getPropertyPath().toString();
		String template = v.getMessageTemplate();
		if (!template.startsWith("{jakarta.validation.") && !template.startsWith("{org.hibernate.validator.")) {
			return FieldProblem.of(path, "validation.literal", v.getMessage());
		}
		Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
		Object value = v.getInvalidValue();
		return switch (v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
			case "NotNull", "NotBlank", "NotEmpty" -> FieldProblem.of(path, "validation.required");
			case "Size", "Length" -> size(path, value, attributes);
			case "Min", "DecimalMin", "Positive", "PositiveOrZero" ->
				FieldProblem.of(path, "validation.min", attributes.getOrDefault("value", 0));
			case "Max", "DecimalMax", "Negative", "NegativeOrZero" ->
				FieldProblem.of(path, "validation.max", attributes.getOrDefault("value", 0));
			default -> FieldProblem.of(path, formatKey);
		};
	}

	private static FieldProblem size(String path, Object value, Map<String, Object> attributes) {
		int min = (Integer) attributes.getOrDefault("min", 0);
		int max = (Integer) attributes.getOrDefault("max", Integer.MAX_VALUE);
		int length = value instanceof CharSequence s ? s.length() : value instanceof Collection<?> c ? c.size() : 0;
		if (value instanceof Collection<?>) {
			return FieldProblem.of(path, "validation.count", min, max);
		}
		return length > max ? FieldProblem.of(path, "validation.too-long", max)
				: FieldProblem.of(path, "validation.too-short", min);
	}
}

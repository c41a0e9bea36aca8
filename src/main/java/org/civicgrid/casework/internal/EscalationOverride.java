package org.civicgrid.casework.internal;

import java.util.Objects;

import org.civicgrid.casework.AssigneeLevel;

/** Cases whose category code starts with {@code category} escalate straight to {@code to}. */
record EscalationOverride(String category, AssigneeLevel to) {

	EscalationOverride {
		Objects.requireNonNull(to, "to");
		if (category == null || !category.matches("[EC]\\d{0,4}")) {
			throw new IllegalArgumentException(
					"An escalation override names a category code prefix such as E04 or E0401, not '%s'".formatted(category));
		}
	}
}

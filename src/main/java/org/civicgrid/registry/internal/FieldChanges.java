package org.civicgrid.registry.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of a record given as field maps (API field names, identifiers already
 * masked by the caller of this), as {@code {"field": {"from": …, "to": …}}}; empty when nothing changed.
 */
final class FieldChanges {

	private FieldChanges() {
	}

	static Map<String, Object> between(Map<String, Object> before, Map<String, Object> after) {
		Map<String, Object> changes = new LinkedHashMap<>();
		after.forEach((field, to) -> {
			Object from = before == null ? null : before.get(field);
			if (!Objects.equals(from, to)) {
				Map<String, Object> change = new LinkedHashMap<>();
				change.put("from", json(from));
				change.put("to", json(to));
				changes.put(field, change);
			}
		});
		return changes;
	}

	private static Object json(Object value) {
		return value == null || value instanceof List || value instanceof Number ? value : value.toString();
	}
}

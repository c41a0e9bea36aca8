package org.civicgrid.registry.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.civicgrid.shared.masking.Masking;

/**
 * What changed between two versions of a person, field by field as {@code {"from": …, "to": …}}, in the API's
 * field names. ID and phone numbers are written masked: the history says that they changed, never what they are.
 */
final class ChangeLog {

	private ChangeLog() {
	}

	/** The changes from {@code before} (null for a new person) to {@code after}; empty when nothing changed. */
	static Map<String, Object> between(PersonData before, PersonData after) {
		Map<String, Object> changes = new LinkedHashMap<>();
		PersonData b = before == null ? empty() : before;
		put(changes, "name", b.name(), after.name());
		put(changes, "documentType", b.documentType(), after.documentType());
		put(changes, "idNumber", Masking.idNumber(b.idNumber()), Masking.idNumber(after.idNumber()),
				!Objects.equals(b.idNumber(), after.idNumber()));
		put(changes, "phone", Masking.phone(b.phone()), Masking.phone(after.phone()),
				!Objects.equals(b.phone(), after.phone()));
		put(changes, "sex", b.sex(), after.sex());
		put(changes, "birthDate", b.birthDate(), after.birthDate());
		put(changes, "ethnicity", b.ethnicity(), after.ethnicity());
		put(changes, "education", b.education(), after.education());
		put(changes, "employment", b.employment(), after.employment());
		put(changes, "politicalStatus", b.politicalStatus(), after.politicalStatus());
		put(changes, "registeredResidence", b.registeredResidence(), after.registeredResidence());
		put(changes, "actualResidence", b.actualResidence(), after.actualResidence());
		put(changes, "relationToHead", b.relationToHead(), after.relationToHead());
		put(changes, "tags", b.tags(), after.tags());
		put(changes, "notes", b.notes(), after.notes());
		put(changes, "gridCode", b.gridCode(), after.gridCode());
		put(changes, "buildingCode", b.buildingCode(), after.buildingCode());
		return changes;
	}

	private static void put(Map<String, Object> changes, String field, Object from, Object to) {
		put(changes, field, from, to, !Objects.equals(from, to));
	}

	private static void put(Map<String, Object> changes, String field, Object from, Object to, boolean changed) {
		if (changed) {
			Map<String, Object> change = new LinkedHashMap<>();
			change.put("from", json(from));
			change.put("to", json(to));
			changes.put(field, change);
		}
	}

	private static Object json(Object value) {
		return value == null || value instanceof java.util.List ? value : value.toString();
	}

	private static PersonData empty() {
		return new PersonData(null, null, null, null, null, null, null, null, null, null, null, null, null,
				java.util.List.of(), null, null, null);
	}
}

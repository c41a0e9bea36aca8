package org.civicgrid.registry.web;

import java.util.List;

import org.civicgrid.registry.ChangeSource;
import org.civicgrid.registry.DocumentType;
import org.civicgrid.registry.NewPerson;

/** The register form as typed; kept as it is to show it again beside a refusal. */
public record PersonForm(String name, DocumentType documentType, String idNumber, String phone, String gridCode,
		List<String> tags, ChangeSource source) {

	/** The sources a person at a desk or a door can name; imports and exchanges come by other ways. */
	static final List<ChangeSource> SOURCES = List.of(ChangeSource.HOME_VISIT, ChangeSource.COUNTER, ChangeSource.PHONE);

	static PersonForm empty(String gridCode) {
		return new PersonForm(null, DocumentType.ID_CARD, null, null, gridCode, List.of(), ChangeSource.COUNTER);
	}

	NewPerson toNewPerson() {
		return new NewPerson(name, documentType, idNumber, phone, null, null, null, null, null, null, null, null,
				null, tags == null ? List.of() : tags, null, gridCode, null);
	}

	ChangeSource sourceOrCounter() {
		return source == null || !SOURCES.contains(source) ? ChangeSource.COUNTER : source;
	}

	public boolean hasTag(String tag) {
		return tags != null && tags.contains(tag);
	}
}
